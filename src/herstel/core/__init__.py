"""Pure logic: no I/O, and no Typer, rich, questionary or SQLModel.

Inputs such as today are parameters."""
