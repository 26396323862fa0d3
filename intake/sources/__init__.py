"""Mail sources: each yields ``RawMessage`` (bytes plus origin) and decodes nothing."""
