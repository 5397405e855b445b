"""`python -m desktop_app` behaves like the `avtalsregister` command."""

from desktop_app.cli import main

raise SystemExit(main())
