"""The main window's pages besides the register: reviews due, bodies, catalog, history."""
