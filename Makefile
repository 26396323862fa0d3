# Developer shortcuts; each target is a script in scripts/ (which the README documents).
.PHONY: demo test unit lint format bench

demo:
	scripts/demo

test:
	scripts/test

unit:
	scripts/bootstrap && .venv/bin/pytest -q tests/unit

lint:
	scripts/bootstrap && .venv/bin/ruff check . && .venv/bin/ruff format --check .

format:
	scripts/bootstrap && .venv/bin/ruff format . && .venv/bin/ruff check --fix .

bench:
	scripts/bootstrap && .venv/bin/python bench/classifier.py
