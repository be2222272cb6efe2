"""YAML data read with libyaml's safe parser: the same objects, no more power."""

from __future__ import annotations

from importlib import resources

import pytest
import yaml

from communique.yaml_data import SAFE_LOADER, load_yaml

BUNDLED = sorted(
    p.name for p in resources.files("communique.data").iterdir() if p.name.endswith(".yaml")
)


def test_the_c_parser_is_used_when_pyyaml_has_it():
    if yaml.__with_libyaml__:
        assert SAFE_LOADER is yaml.CSafeLoader
    else:
        assert SAFE_LOADER is yaml.SafeLoader


@pytest.mark.parametrize("name", BUNDLED)
def test_bundled_files_read_as_the_pure_python_safe_loader_reads_them(name: str):
    text = resources.files("communique.data").joinpath(name).read_text("utf-8")
    assert load_yaml(text) == yaml.safe_load(text)


def test_bundled_yaml_files_are_found():
    assert {"events.yaml", "physical.yaml", "plover.yaml", "titles.yaml"} <= set(BUNDLED)


@pytest.mark.parametrize(
    "text",
    [
        "!!python/object/apply:os.system ['true']",
        "key: !!python/name:os.system ''",
    ],
)
def test_python_tags_are_refused(text: str):
    with pytest.raises(yaml.YAMLError):
        load_yaml(text)


def test_malformed_text_raises_yaml_error():
    with pytest.raises(yaml.YAMLError):
        load_yaml("key: [unclosed\n  - item: : :")


@pytest.mark.parametrize("name", BUNDLED)
def test_every_key_of_the_bundled_files_is_text(name: str):
    """YAML 1.1 reads a bare ``off``, ``on``, ``yes`` or ``no`` as a truth value: as a key of
    a word list that is the word "False", and the word is silently missing."""
    text = resources.files("communique.data").joinpath(name).read_text("utf-8")
    odd: list[object] = []

    def walk(value: object) -> None:
        if isinstance(value, dict):
            odd.extend(k for k in value if not isinstance(k, str))
            for v in value.values():
                walk(v)
        elif isinstance(value, list):
            for v in value:
                walk(v)

    walk(load_yaml(text))
    assert not odd


def _repeated_keys(text: str) -> list[tuple[int, object]]:
    """(line, key) of every key a mapping of ``text`` holds twice: YAML keeps the last one
    silently, so two entries of one word would leave only one of their codes and sources."""
    found: list[tuple[int, object]] = []
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: set[object] = set()
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in seen:
                        found.append((key.start_mark.line + 1, key.value))
                    seen.add(key.value)
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return found


@pytest.mark.parametrize("name", BUNDLED)
def test_no_bundled_mapping_holds_a_key_twice(name: str):
    text = resources.files("communique.data").joinpath(name).read_text("utf-8")
    assert _repeated_keys(text) == []


def test_a_key_held_twice_is_found():
    assert _repeated_keys("verbs:\n  execute: 1\n  hijack: 2\n  execute: 3\n") == [(4, "execute")]
