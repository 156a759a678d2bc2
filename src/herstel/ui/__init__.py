"""Everything the user sees or answers: one console, all prompts, tables."""
