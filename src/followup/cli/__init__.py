"""The command line: one module per noun; ``entry`` dispatches ``today`` before any framework loads."""
