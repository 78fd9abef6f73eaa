"""One module per subcommand; each exposes register(subparsers) and sets `run`.

Modules whose name starts with `_` are not subcommands: _cliwords puts argparse's own words
into Chinese for cli.py.
"""
