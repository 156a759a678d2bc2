"""The home folder, the SQLite store, its models, migrations and queries."""
