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


@pytest.fixture(scope="session")
def dev_documents(tmp_path_factory) -> list:
    """The dev documents as a build reads them."""
    from pipelines.model import Document
    from pipelines.sources import read_sources

    folder = tmp_path_factory.mktemp("dev")
    shutil.copy(SHARED / "eval" / "dev.documents.jsonl", folder)
    return [d for d in read_sources(folder) if isinstance(d, Document)]
