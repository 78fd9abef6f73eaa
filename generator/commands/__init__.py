"""One module per subcommand; each exposes register(subparsers) and sets `run`.

cli.py lists them (SUBCOMMANDS). Modules whose name starts with `_` are not subcommands:
_cliwords gives argparse Chinese words, _arguments defines the arguments several share.
"""
