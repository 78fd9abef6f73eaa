"""Plain data from YAML text, as ruamel.yaml's C safe loader gives it, in a third of its time.

`YAML(typ="safe", pure=False).load(text)` has the C parser build a node for every value, asks
a Python resolver for each node's type (through a chain of failing attribute look-ups for the
document's YAML version) and a Python constructor for each value; it also defines a new loader
class on every call. Nominations are small mappings of text: here the C parser's events are
turned into dicts and lists directly, and only a plain scalar asks ruamel's YAML 1.2 resolver
table (the C parser always reads YAML 1.2) and, unless it is text, ruamel's own constructor
for null, bool, int, float and timestamp.

Anything else (a tag, an anchor or alias, a merge key, a mapping used as a key, a duplicate
key, a second document, a syntax error, a value the constructor refuses) is left to ruamel's
own loader (`_Loader`, built once), which answers, or raises, as it always did.
tests/load/test_safeload.py checks both give what `YAML(typ="safe", pure=False)` gives.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.constructor import SafeConstructor
from ruamel.yaml.events import (
    DocumentEndEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from ruamel.yaml.nodes import ScalarNode
from ruamel.yaml.resolver import VersionedResolver

try:
    from _ruamel_yaml import CParser  # ruamel.yaml.clib, a dependency
except ImportError:  # pragma: no cover - without it ruamel reads YAML in pure Python
    CParser = None

YAML_1_2 = (1, 2)
_TAG = "tag:yaml.org,2002:"
# The types a plain scalar may resolve to that this module builds (with ruamel's constructor).
_BUILT = ("null", "bool", "int", "float", "timestamp")


class _Resolver(VersionedResolver):
    processing_version = YAML_1_2  # a constant where ruamel's property searches for it


class _Unusual(Exception):
    """Something only ruamel's full loader reads (or refuses) the way it always did."""


if CParser is not None:

    class _Loader(CParser, SafeConstructor, _Resolver):  # type: ignore[misc]
        """What ruamel's YAML.load defines per call for the C parser, defined once."""

        def __init__(self, text: str) -> None:
            CParser.__init__(self, text)
            self._parser = self._composer = self
            SafeConstructor.__init__(self, loader=self)
            self.allow_duplicate_keys = False
            _Resolver.__init__(self, loadumper=self)


class _Scalars:
    """ruamel's YAML 1.2 resolver table and safe constructor, for plain scalars."""

    def __init__(self) -> None:
        resolver = _Resolver()
        self._resolver = resolver  # what the constructor reads the YAML version from
        table: dict[Any, list[tuple[str, Any]]] = resolver.versioned_resolver
        anywhere = table.get(None, [])
        # ruamel tries the resolvers for the scalar's first character, then those for any.
        self.by_first = {first: [*found, *anywhere] for first, found in table.items() if first is not None}
        self.anywhere = anywhere
        constructor = SafeConstructor(loader=self)
        self.build = {
            _TAG + name: (constructor, constructor.yaml_constructors[_TAG + name]) for name in _BUILT
        }

    def value(self, event: Any) -> Any:
        text: str = event.value
        if event.tag is not None or event.anchor is not None:
            raise _Unusual
        if not event.implicit[0]:
            return text  # quoted or a block scalar: text
        for tag, pattern in self.by_first.get(text[0] if text else "", self.anywhere):
            if pattern.match(text):
                found = self.build.get(tag)
                if found is None:
                    raise _Unusual  # a merge key, YAML 1.1's value key
                constructor, build = found
                return build(constructor, ScalarNode(tag, text, event.start_mark, event.end_mark))
        return text


_SCALARS = _Scalars() if CParser is not None else None
_NO_KEY = object()
_ENDS = (MappingEndEvent, SequenceEndEvent)


def _container(event: Any) -> dict[Any, Any] | list[Any]:
    if event.tag is not None or event.anchor is not None:
        raise _Unusual
    return {} if type(event) is MappingStartEvent else []


def _add(top: list[Any], value: Any, is_container: bool) -> None:
    """Put value into the innermost open container: a list item, a mapping's key or its value."""
    into = top[0]
    if type(into) is list:
        into.append(value)
    elif top[1] is _NO_KEY:
        if is_container:
            raise _Unusual  # a list or mapping as a key
        top[1] = value
    else:
        if top[1] in into:
            raise _Unusual  # a duplicate key: ruamel's loader says where
        into[top[1]] = value
        top[1] = _NO_KEY


def _read(event: Any) -> tuple[Any, dict[Any, Any] | list[Any] | None]:
    """A value event's value, and the container it opens (None for a scalar)."""
    kind = type(event)
    if kind is ScalarEvent:
        assert _SCALARS is not None
        return _SCALARS.value(event), None
    if kind is MappingStartEvent or kind is SequenceStartEvent:
        container = _container(event)
        return container, container
    raise _Unusual  # an alias


def _document(get: Any) -> Any:
    """The document's value, from the event after its start to the end of its top value."""
    open_: list[list[Any]] = []  # [container, its pending key], innermost last
    while True:
        event = get()
        if type(event) in _ENDS:
            done = open_.pop()[0]
            if not open_:
                return done
            continue
        value, new = _read(event)
        if open_:
            _add(open_[-1], value, new is not None)
        elif new is None:
            return value
        if new is not None:
            open_.append([new, _NO_KEY])


def _from_events(text: str) -> Any:
    parser = CParser(text)
    try:
        get = parser.get_event
        get()  # the stream's start
        if type(get()) is StreamEndEvent:
            return None  # no document: nothing but comments, or nothing at all
        root = _document(get)
        if type(get()) is not DocumentEndEvent or type(get()) is not StreamEndEvent:
            raise _Unusual  # a second document
        return root
    finally:
        parser.dispose()


def _fallback() -> YAML:
    yaml = YAML(typ="safe", pure=False)
    yaml.allow_duplicate_keys = False
    return yaml


def ruamel_load(text: str) -> Any:
    """ruamel's own C safe loader (duplicate keys refused); its errors propagate."""
    if CParser is None:  # pragma: no cover
        return _fallback().load(text)
    loader = _Loader(text)
    try:
        return loader.get_single_data()
    finally:
        loader.dispose()


def safe_load(text: str) -> Any:
    """The plain data of one YAML document; whatever is unusual is read, or refused with ruamel's
    error, by ruamel's own loader."""
    if CParser is None:  # pragma: no cover
        return ruamel_load(text)
    try:
        return _from_events(text)
    except Exception:  # any doubt: ruamel's loader decides, and raises its own error
        return ruamel_load(text)
