"""Turn a file's bytes into text, explaining encodings a librarian may meet."""

from __future__ import annotations

from dataclasses import dataclass

UTF8_BOM = b"\xef\xbb\xbf"
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

RESAVE_HINT = (
    "请用记事本打开该文件，选择「文件 → 另存为」，在「编码」中选「UTF-8」后保存；"
    "或在 GitHub 网页上直接编辑（网页编辑器总是保存为 UTF-8）。"
)


@dataclass(frozen=True)
class DecodeProblem:
    """Why the bytes are not UTF-8 text, with the line where it shows."""

    message: str
    hint: str
    line: int | None = None


def decode(data: bytes) -> str | DecodeProblem:
    """Decode UTF-8 (a BOM is accepted); name GBK, UTF-16 and binary files otherwise."""
    if data.startswith(UTF16_BOMS):
        return DecodeProblem("文件是 UTF-16 编码，不是 UTF-8。", RESAVE_HINT, 1)
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        return DecodeProblem(
            "文件含有空字节，不是文本文件（可能是 UTF-16 编码，或是图片、Word 等二进制文件）。",
            "推荐材料须是 UTF-8 编码的 YAML 文本文件。" + RESAVE_HINT,
            line,
        )
    body = data.removeprefix(UTF8_BOM)
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as err:
        line = body[: err.start].count(b"\n") + 1
        try:
            body.decode("gb18030")
        except UnicodeDecodeError:
            return DecodeProblem(
                f"文件第 {line} 行起有无法识别的字节，不是 UTF-8 编码。", RESAVE_HINT, line
            )
        return DecodeProblem(
            "文件是 GBK/GB18030 编码（Windows 记事本的「ANSI」），不是 UTF-8，"
            "中文会变成乱码。",
            RESAVE_HINT,
            line,
        )
    return text.replace("\r\n", "\n").replace("\r", "\n")
