"""Resources: where the press releases are read from and where releases are written."""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SEEDS = PROJECT_ROOT / "seeds"
DEFAULT_OUTPUTS = PROJECT_ROOT / "outputs"


class ReadoutsFolders(dg.ConfigurableResource):
    """The seeds folder (input press releases) and the outputs folder (published releases)."""

    seeds_dir: str = str(DEFAULT_SEEDS)
    outputs_dir: str = str(DEFAULT_OUTPUTS)

    @property
    def seeds(self) -> Path:
        return Path(self.seeds_dir).expanduser().resolve()

    @property
    def outputs(self) -> Path:
        return Path(self.outputs_dir).expanduser().resolve()


def _setting(variable: str, default: Path) -> str | dg.EnvVar:
    """The environment variable when it is set (shown as such in the UI), else the default."""
    return dg.EnvVar(variable) if os.environ.get(variable) else str(default)


def folders_from_environment() -> ReadoutsFolders:
    """Folders from READOUTS_SEEDS and READOUTS_OUTPUTS, defaulting to the project's own."""
    return ReadoutsFolders(
        seeds_dir=_setting("READOUTS_SEEDS", DEFAULT_SEEDS),
        outputs_dir=_setting("READOUTS_OUTPUTS", DEFAULT_OUTPUTS),
    )
