"""Entry point: ``python -m bot`` == ``trucewatch``."""

from __future__ import annotations

import sys

from bot.cli import main as cli_main


def main() -> None:
    """Run the command line; a bare ``trucewatch`` runs the bot."""
    sys.exit(cli_main(sys.argv[1:]))


if __name__ == "__main__":
    main()
