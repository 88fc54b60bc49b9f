"""``python -m newsread``: see docs/cli.md."""

from newsread.cli import main

raise SystemExit(main())
