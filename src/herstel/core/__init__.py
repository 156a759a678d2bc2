"""Pure logic: no I/O, no Typer, rich, questionary or SQLModel. Inputs such as today are parameters."""
