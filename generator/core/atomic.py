"""Replace an output folder in one step: a failed, interrupted or killed run leaves the old one whole.

    with replace_dir_atomically(site_dir) as staging:
        build_into(staging)          # any exception, Ctrl-C or SIGKILL: site_dir untouched

The staging folder is a hidden sibling of the target (same file system, so renames are atomic),
named `.<target>.new-<pid>-…`. On success it is swapped in with one renameat2(RENAME_EXCHANGE)
on Linux, so at every instant the target is a whole folder; elsewhere with two renames
(old -> backup, new -> target) and the backup put back if the second fails. Leftovers of a
killed run are removed by the next run once their process is gone.
"""

from __future__ import annotations

import ctypes
import errno
import os
import re
import shutil
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from generator.core.errors import UserError

_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def staging_prefix(target: Path) -> str:
    return f".{target.name}.new-"


@contextmanager
def replace_dir_atomically(target: Path) -> Iterator[Path]:
    """Yield an empty folder next to target; on success it becomes target, else it is removed.

    UserError when target cannot be an output folder or cannot be replaced."""
    target = Path(os.path.abspath(target))
    _refuse(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        remove_stale(target)
        staging = Path(tempfile.mkdtemp(prefix=f"{staging_prefix(target)}{os.getpid()}-", dir=target.parent))
    except OSError as err:
        raise UserError(f"无法在「{target.parent}」中写入：{err.strerror}。", "请换一个有写入权限的输出文件夹。") from None
    try:
        yield staging
        try:
            _swap_in(staging, target)
        except OSError as err:
            raise UserError(
                f"无法替换输出文件夹「{target}」：{err.strerror}。",
                "请关闭正在使用其中文件的程序（Word、WPS、Excel、资源管理器等）后重试；原文件夹未被改动。",
            ) from None
    finally:
        # After an exchange the staging path holds the old folder; after a failure, the new one.
        shutil.rmtree(staging, ignore_errors=True)


def _refuse(target: Path) -> None:
    """The target is replaced wholesale: never a file, a link, a repository or the current folder."""
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise UserError(f"输出位置「{target}」不是文件夹。", "请指定一个文件夹作为输出位置。")
    here = Path.cwd().resolve()
    if here.is_relative_to(target.resolve()) or (target / ".git").exists() or (target / "submissions").exists():
        raise UserError(
            f"不能把「{target}」用作输出文件夹：它会被整个替换。",
            "请指定一个专用的输出文件夹，例如 site 或 output。",
        )


def _swap_in(staging: Path, target: Path) -> None:
    if not target.exists():
        os.rename(staging, target)
    elif not _exchange(staging, target):
        backup = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-{os.getpid()}-", dir=target.parent))
        os.rename(target, backup / "old")
        try:
            os.rename(staging, target)
        except BaseException:
            os.rename(backup / "old", target)
            raise
        finally:
            shutil.rmtree(backup, ignore_errors=True)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically (Linux renameat2); False where the system cannot."""
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:  # glibc before 2.28, musl
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EXDEV):
        return False  # file system or kernel without RENAME_EXCHANGE
    raise OSError(code, os.strerror(code), str(b))


def remove_stale(target: Path) -> list[Path]:
    """Remove staging and backup folders of runs whose process no longer exists."""
    pattern = re.compile(rf"^\.{re.escape(target.name)}\.(new|old)-(\d+)-")
    removed = []
    for entry in target.parent.iterdir():
        found = pattern.match(entry.name)
        if found and entry.is_dir() and not entry.is_symlink() and not _alive(int(found.group(2))):
            shutil.rmtree(entry, ignore_errors=True)
            removed.append(entry)
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid() or os.name == "nt":  # on Windows os.kill(pid, 0) would end the process
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OSError:
        return False
    return True


def write_text_atomically(target: Path, text: str) -> None:
    """Write a file whole or not at all: a temporary file beside it, then one rename (UTF-8, LF)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as out:
            out.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
