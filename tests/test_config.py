"""config.yaml: validated once, every key documented, clear errors naming file and key."""

import dataclasses
import re
import typing

import pytest

from askbot.config import Config, load_config
from askbot.errors import ConfigError
from askbot.wording import describe_error
from conftest import ROOT, SHIPPED_CONFIG


def _keys(cls, prefix=""):
    hints = typing.get_type_hints(cls)
    for f in dataclasses.fields(cls):
        if f.metadata.get("internal"):
            continue
        if dataclasses.is_dataclass(hints[f.name]):
            yield from _keys(hints[f.name], f"{f.name}.")
        else:
            yield prefix + f.name


def all_keys():
    return sorted(_keys(Config))


def test_shipped_config_is_valid_and_equals_the_defaults():
    config = load_config(SHIPPED_CONFIG)
    defaults = Config(base_dir=config.base_dir)
    assert config == defaults


def test_every_key_is_documented_in_config_yaml_and_readme():
    shipped = SHIPPED_CONFIG.read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for key in all_keys():
        section, name = key.split(".")
        assert re.search(rf"^{section}:", shipped, re.M), key
        assert re.search(rf"^\s+#.*\n(\s+#.*\n)*\s+{name}:", shipped, re.M), f"{key} has no comment"
        assert f"`{key}`" in readme, f"{key} missing from the README table"


@pytest.mark.parametrize("text,reason,key", [
    ("retrieval:\n  k1: fast\n", "wrong_type", "retrieval.k1"),
    ("retrieval:\n  variant: bm42\n", "bad_choice", "retrieval.variant"),
    ("retrieval:\n  top_k: 0\n", "out_of_range", "retrieval.top_k"),
    ("retrieval:\n  colour: blue\n", "unknown_key", "retrieval.colour"),
    ("mystery: 1\n", "unknown_key", "mystery"),
    ("analysis:\n  fuzzy: 1\n", "wrong_type", "analysis.fuzzy"),
    ("corpus: [a, b]\n", "wrong_type", "corpus"),
    ("- just\n- a list\n", "not_a_mapping", ""),
    ("retrieval:\n  k1: [\n", "syntax", ""),
])
def test_bad_config_is_rejected_naming_file_and_key(tmp_path, text, reason, key):
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    assert err.value.reason == reason and err.value.key == key
    message = describe_error(err.value)
    assert str(path) in message and (key in message or not key)


def test_missing_config_file_and_relative_paths(tmp_path):
    with pytest.raises(ConfigError) as err:
        load_config(tmp_path / "absent.yaml")
    assert err.value.reason == "missing"
    path = tmp_path / "sub" / "c.yaml"
    path.parent.mkdir()
    path.write_text("corpus:\n  dir: docs\nretrieval:\n  k1: 2\n", encoding="utf-8")
    config = load_config(path)
    assert config.corpus_dir == path.parent.resolve() / "docs"
    assert config.retrieval.k1 == 2.0
