"""陕西公共图书馆服务联盟 年度工作先进评选 — validator, site generator and office forms."""

__version__ = "0.1.0"
