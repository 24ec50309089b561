"""Find the notebooks of the series and execute each on a fresh kernel with papermill."""

from __future__ import annotations

import re
import traceback
from dataclasses import dataclass
from pathlib import Path

NUMBERED = re.compile(r"^(\d{2})_[\w-]+\.ipynb$")


@dataclass
class Run:
    """One notebook's execution: where it came from, where the executed copy is, what went wrong."""

    source: Path
    executed: Path
    kind: str  # "notebook" or "solution"
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    @property
    def stem(self) -> str:
        return self.source.stem


def discover(notebooks_dir: Path) -> tuple[list[Path], list[Path]]:
    """The series ``NN_*.ipynb`` in number order, and the solutions in ``solutions/`` likewise."""
    def numbered(folder: Path) -> list[Path]:
        if not folder.is_dir():
            return []
        return sorted(p for p in folder.iterdir() if NUMBERED.match(p.name))

    return numbered(notebooks_dir), numbered(notebooks_dir / "solutions")


def _short_error(exc: BaseException) -> str:
    """One readable line for the index: papermill's ename/evalue, else the exception."""
    ename = getattr(exc, "ename", None)
    evalue = getattr(exc, "evalue", None)
    if ename:
        return f"{ename}: {evalue}"
    return f"{type(exc).__name__}: {exc}".strip()


def execute(source: Path, executed: Path, corpus: str | None, timeout: int = 1200,
            kernel: str = "python3", kind: str = "notebook") -> Run:
    """Run ``source`` top to bottom with ``CORPUS`` set, saving the executed copy to ``executed``.

    The working directory is the notebook's own folder (as in JupyterLab). Errors are caught and
    returned in ``Run.error`` so that one failing notebook does not stop the series.
    """
    import papermill

    executed.parent.mkdir(parents=True, exist_ok=True)
    run = Run(source=source, executed=executed, kind=kind)
    try:
        papermill.execute_notebook(
            str(source), str(executed), parameters={"CORPUS": corpus}, kernel_name=kernel,
            cwd=str(source.parent), execution_timeout=timeout, progress_bar=False,
            log_output=False, report_mode=False,
        )
    except Exception as exc:  # noqa: BLE001 - any failure is reported on the index
        run.error = _short_error(exc)
        if not executed.exists():
            run.error += "\n" + traceback.format_exc(limit=3)
    return run
