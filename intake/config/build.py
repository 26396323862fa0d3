"""TOML tables into the config's frozen dataclasses, checking keys, types and values.

Each dataclass field declares what it accepts: its type hint, and in its
metadata ``required``, ``choices``, ``check`` (a function giving a reason for a
bad value) or, for lists, ``item_choices`` and ``item_check``. Every problem in
a file is collected and raised together as one ``ConfigError`` with one line
per problem, each naming its key path (``clients.acme.accounts[1].host``).
"""

from __future__ import annotations

from dataclasses import fields
from types import UnionType
from typing import Any, Union, get_args, get_origin, get_type_hints

from intake.errors import ConfigError


def build(cls: type, table: Any, path: str) -> Any:
    """Build dataclass ``cls`` from a TOML table, checking keys and types.

    Every problem in the table (and the tables inside it) is collected and
    raised together as one ``ConfigError`` with ``problems``.
    """
    if not isinstance(table, dict):
        raise ConfigError(f"{path or 'top level'}: expected a table")
    hints = get_type_hints(cls)
    known = {f.name: f for f in fields(cls) if not f.metadata.get("internal")}
    problems = [f"{_join(path, key)}: unknown key" for key in table if key not in known]
    values: dict[str, Any] = {}
    for name, spec in known.items():
        key_path = _join(path, name)
        if name not in table:
            if spec.metadata.get("required"):
                problems.append(f"{key_path}: required")
            continue
        try:
            values[name] = _convert(hints[name], table[name], key_path, spec.metadata)
        except ConfigError as err:
            problems.extend(err.lines())
    if problems:
        raise ConfigError(problems=problems)
    return cls(**values)


def _convert(hint: Any, value: Any, path: str, metadata: Any) -> Any:
    """Check one value against its declared type and convert TOML shapes to ours."""
    origin = get_origin(hint)
    if origin in (Union, UnionType):
        hint = next(arg for arg in get_args(hint) if arg is not type(None))
        origin = get_origin(hint)
    if origin is dict:
        item_type = get_args(hint)[1]
        if not isinstance(value, dict):
            raise ConfigError(f"{path}: expected a table")
        return _each(
            {key: lambda k=key: build(item_type, value[k], _join(path, k)) for key in value}
        )
    if origin is tuple:
        item_type = get_args(hint)[0]
        if not isinstance(value, list):
            raise ConfigError(f"{path}: expected a list")
        if hasattr(item_type, "__dataclass_fields__"):
            made = {
                i: lambda i=i: build(item_type, value[i], f"{path}[{i}]") for i in range(len(value))
            }
        else:
            each = {"check": metadata.get("item_check"), "choices": metadata.get("item_choices")}
            made = {
                i: lambda i=i: _convert(item_type, value[i], f"{path}[{i}]", each)
                for i in range(len(value))
            }
        return tuple(_each(made).values())
    if hasattr(hint, "__dataclass_fields__"):
        return build(hint, value, path)
    return _scalar(hint, value, path, metadata)


def _each(makers: dict[Any, Any]) -> dict[Any, Any]:
    """Call every maker; collect the problems of all of them before raising."""
    built, problems = {}, []
    for key, make in makers.items():
        try:
            built[key] = make()
        except ConfigError as err:
            problems.extend(err.lines())
    if problems:
        raise ConfigError(problems=problems)
    return built


def _scalar(hint: Any, value: Any, path: str, metadata: Any) -> Any:
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if hint is int and isinstance(value, bool) or not isinstance(value, hint):
        raise ConfigError(f"{path}: expected {_type_name(hint)}, got {_type_name(type(value))}")
    choices = metadata.get("choices") if metadata else None
    if choices and value not in choices:
        raise ConfigError(f"{path}: must be one of {', '.join(choices)}, got {value!r}")
    check = metadata.get("check") if metadata else None
    reason = check(value) if check else None
    if reason:
        raise ConfigError(f"{path}: {reason}")
    return value


def _type_name(kind: type) -> str:
    names: dict[type, str] = {
        str: "a string",
        int: "an integer",
        float: "a number",
        bool: "true or false",
        list: "a list",
        dict: "a table",
    }
    return names.get(kind, kind.__name__)


def _join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key
