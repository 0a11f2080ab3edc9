"""YAML in and out: a safe loader that remembers lines, and a stable, readable dumper.

The loader is PyYAML's ``SafeLoader`` with three changes: mappings come back as
``Mapping`` (a dict that knows the line of itself and of each key), lists as
``Sequence`` (a list that knows the line of each item), and anchors, aliases and
duplicate keys are refused — aliases are how a small YAML file expands into a
huge one, and a duplicate key silently loses text.
"""

import yaml
from django.utils.translation import gettext as _

from .errors import PackageInvalid, Problem


class Mapping(dict):
    line = None
    key_lines = None

    def line_of(self, key):
        return (self.key_lines or {}).get(key, self.line)


class Sequence(list):
    line = None
    item_lines = None

    def line_of(self, index):
        lines = self.item_lines or []
        return lines[index] if index < len(lines) else self.line


class _Loader(yaml.SafeLoader):
    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise yaml.composer.ComposerError(
                None, None, _("anchor dan alias YAML (&, *) tidak diizinkan"), event.start_mark
            )
        return super().compose_node(parent, index)


def _construct_mapping(loader, node):
    loader.flatten_mapping(node)
    mapping, key_lines = Mapping(), {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            raise yaml.constructor.ConstructorError(
                None, None, _("kunci harus berupa teks"), key_node.start_mark
            )
        if key in mapping:
            raise yaml.constructor.ConstructorError(
                None, None, _('kunci "%(key)s" muncul dua kali') % {"key": key}, key_node.start_mark
            )
        mapping[key] = loader.construct_object(value_node, deep=True)
        key_lines[key] = key_node.start_mark.line + 1
    mapping.line = node.start_mark.line + 1
    mapping.key_lines = key_lines
    return mapping


def _construct_sequence(loader, node):
    sequence = Sequence(loader.construct_object(child, deep=True) for child in node.value)
    sequence.line = node.start_mark.line + 1
    sequence.item_lines = [child.start_mark.line + 1 for child in node.value]
    return sequence


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
# Dates stay text: "2025-06-10" in a lesson is a string, never a datetime.date.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def load(text, file, first_line=1):
    """Parse ``text`` (from ``file``, starting at ``first_line``); PackageInvalid on error."""
    try:
        data = yaml.load(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + first_line if mark else None
        reason = error.problem or error.context or str(error)
        raise PackageInvalid(
            [Problem(file, line, _("YAML tidak sah: %(reason)s") % {"reason": reason})]
        )
    except yaml.YAMLError as error:
        raise PackageInvalid(
            [Problem(file, None, _("YAML tidak sah: %(reason)s") % {"reason": error})]
        )
    if first_line != 1:
        _shift(data, first_line - 1)
    return data


def _shift(node, offset):
    if isinstance(node, Mapping):
        node.line += offset
        node.key_lines = {key: line + offset for key, line in node.key_lines.items()}
        for value in node.values():
            _shift(value, offset)
    elif isinstance(node, Sequence):
        node.line += offset
        node.item_lines = [line + offset for line in node.item_lines]
        for value in node:
            _shift(value, offset)


# --- Dumping -------------------------------------------------------------------


class _Dumper(yaml.SafeDumper):
    def ignore_aliases(self, data):
        return True

    def increase_indent(self, flow=False, indentless=False):
        # Lists under a key are indented, as people write them.
        return super().increase_indent(flow, False)


def _represent_str(dumper, value):
    if (
        "\n" in value
        and value == value.strip()
        and not any(line != line.rstrip() for line in value.split("\n"))
    ):
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(Mapping, _Dumper.represent_dict)
_Dumper.add_representer(Sequence, _Dumper.represent_list)


def dump(data):
    """YAML for ``data``: keys in the given order, Unicode as is, long lines unwrapped."""
    return yaml.dump(
        data,
        Dumper=_Dumper,
        allow_unicode=True,
        sort_keys=False,
        default_flow_style=False,
        width=10_000,
    )
