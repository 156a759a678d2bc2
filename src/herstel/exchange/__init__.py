"""The exchange between client and coach: the export format, its encryption, and (for the coach)
reading it back."""
