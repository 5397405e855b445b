"""`python -m desktop_app` behaves like the `avtalsregister` command."""

from desktop_app.main import main

raise SystemExit(main())
