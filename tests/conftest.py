import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "000_cdb1a34271dd60b2.txt"


@pytest.fixture
def seed_folder(tmp_path: Path) -> Path:
    """A seeds folder holding only the project's seed document."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    return folder
