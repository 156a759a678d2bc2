"""herstel: a private, offline terminal journal for recovery from burn-out."""

__version__ = "0.1.0"
