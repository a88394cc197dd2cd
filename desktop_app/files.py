"""Writing a user's file whole or not at all: the data goes to a temporary file beside the target, which
replaces the target only when complete. A full disk or a missing folder never leaves half a file."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from desktop_app.errors import UserError
from desktop_app.i18n import texts

_ = texts("files")


def replace_file(path: str | Path, write: Callable[[Path], object]) -> None:
    """`write(tmp)` fills the temporary file; then it takes the target's place. Errors become a UserError
    that names the file and what to check."""
    target = Path(path)
    tmp = target.with_name(target.name + ".part")
    try:
        write(tmp)
        os.replace(tmp, target)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise UserError(_("{path} 에 쓸 수 없습니다: {reason}. 폴더와 남은 공간을 확인하세요.", path=str(target),
                          reason=exc.strerror or str(exc))) from None


def write_bytes(path: str | Path, data: bytes) -> None:
    replace_file(path, lambda tmp: tmp.write_bytes(data))


def open_with_system(path: str | Path) -> None:
    """Open a file with the system's application for it (the command line; the views use QDesktopServices)."""
    import subprocess
    import sys

    target = str(Path(path).resolve())
    try:
        if sys.platform.startswith("win"):
            os.startfile(target)  # type: ignore[attr-defined]
        elif sys.platform == "darwin":
            subprocess.Popen(["open", target])
        else:
            subprocess.Popen(["xdg-open", target], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except OSError as exc:
        raise UserError(f"{target} 를 열 프로그램을 찾지 못했습니다: {exc.strerror or exc}. "
                        "파일은 저장되어 있습니다.") from None
