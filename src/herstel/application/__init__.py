"""What herstel does, one function per user action, between the command line and the store.

An application function takes everything it depends on as keyword parameters (the store, today,
the inputs already parsed and checked, language-free), runs in one transaction, prints and asks
nothing, and returns a result object (a frozen dataclass) that `herstel.ui` renders and
`herstel.cli` prints. Problems are raised as `HerstelError` / `UsageError` with a message key.
Tests call these functions directly with a store in a temporary folder and a pinned day.

The layers, each importing only those below it (checked by import-linter, see pyproject.toml):
cli -> ui -> application -> exchange -> store -> core -> errors -> i18n.
"""
