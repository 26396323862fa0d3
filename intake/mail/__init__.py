"""Mail as data: the raw bytes a source yields, parsed into a ``Notice``, cleaned to store."""
