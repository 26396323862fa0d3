"""``python -m intake`` runs the CLI."""

from intake.cli import main

if __name__ == "__main__":  # a forkserver or spawn worker imports this module too
    main()
