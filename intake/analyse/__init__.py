"""Analysing a message: the pure stages (parse, classify, facts, authenticity), their pool."""
