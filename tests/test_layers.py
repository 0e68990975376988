"""The import graph of app/ and ui/ keeps its layers: no cycles, no window on storage.

Every module is read with ``ast`` (nothing is imported), so late imports inside
functions and imports under ``TYPE_CHECKING`` count like any other: a cycle hidden
in a function is still a cycle, and a type-only import of storage in a widget still
ties the window to the storage.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

from tests.conftest import ROOT

PACKAGES = ("app", "ui")


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    found: dict[str, Path] = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" in path.parts:  # Alembic's scripts are loaded by Alembic, not imported
                continue
            found[_module_name(path)] = path
    return found


MODULES = _modules()


def _package_of(name: str, path: Path) -> str:
    return name if path.name == "__init__.py" else name.rpartition(".")[0]


def _targets(name: str, path: Path) -> Iterable[str]:
    """The modules of app/ and ui/ that importing ``name`` loads directly."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    package = _package_of(name, path)
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                source = ".".join([*base, *([node.module] if node.module else [])])
            else:
                source = node.module or ""
            yield source  # the package's __init__ runs even for ``from pkg import sub``
            for alias in node.names:
                yield f"{source}.{alias.name}"


def import_graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for name, path in MODULES.items():
        edges = {target for target in _targets(name, path) if target in MODULES}
        edges.discard(name)
        graph[name] = edges
    return graph


GRAPH = import_graph()


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One loop through each strongly connected part with more than one module (Tarjan)."""
    return [_loop(part, graph) for part in _tangles(graph)]


def _tangles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected parts with more than one module: each imports all the others."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    parts: list[list[str]] = []
    counter = 0

    def visit(node: str) -> None:
        nonlocal counter
        index[node] = low[node] = counter
        counter += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            part = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                part.append(top)
                if top == node:
                    break
            if len(part) > 1:
                parts.append(sorted(part))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return parts


def _loop(part: list[str], graph: dict[str, set[str]]) -> list[str]:
    """One concrete loop through a strongly connected part, for the failure message."""
    members = set(part)
    start = part[0]
    path = [start]
    seen = {start}
    node = start
    while True:
        nxt = sorted(graph[node] & members)
        back = [n for n in nxt if n == start]
        if back and len(path) > 1:
            return [*path, start]
        fresh = [n for n in nxt if n not in seen]
        if not fresh:
            return [*path, *(nxt[:1])]
        node = fresh[0]
        path.append(node)
        seen.add(node)


def _offenders(prefix: str, forbidden: tuple[str, ...]) -> list[str]:
    return sorted(
        f"{name} -> {target}"
        for name, targets in GRAPH.items()
        if name == prefix or name.startswith(prefix + ".")
        for target in targets
        if any(target == f or target.startswith(f + ".") for f in forbidden)
    )


def test_the_graph_sees_the_whole_program() -> None:
    assert len(MODULES) > 60
    assert "app.vault.vault" in GRAPH["app.services.diary"] or any(
        t.startswith("app.vault") for t in GRAPH["app.services.diary"]
    )


def test_no_import_cycles() -> None:
    tangles = _tangles(GRAPH)
    assert not tangles, "Import-Zyklen: " + "; ".join(
        f"{' -> '.join(_loop(part, GRAPH))} (verflochten: {', '.join(part)})" for part in tangles
    )


def test_ui_never_imports_storage() -> None:
    bad = _offenders("ui", ("app.vault", "app.model"))
    assert not bad, "ui/ greift auf den Speicher zu: " + ", ".join(bad)


def test_red_flag_engine_knows_no_services() -> None:
    bad = _offenders("app.redflags", ("app.services",))
    assert not bad, ", ".join(bad)


def test_plain_records_know_no_services_and_no_storage() -> None:
    bad = _offenders("app.records", ("app.services", "app.vault", "app.model", "app.settings"))
    assert not bad, ", ".join(bad)


# The one way from app/ to ui/: ``amtstagebuch`` without a subcommand starts the
# window (ARCHITECTURE.md, "Command line"); app.cli.start_window imports ui.main late
# and says so plainly when PySide6 is missing; ``selbsttest`` asks ui.selftest about
# Qt the same way. Nothing else in app/ may know ui/.
LAUNCHERS = {"app.cli -> ui.main", "app.cli -> ui.selftest"}


def test_core_never_imports_the_window() -> None:
    bad = [edge for edge in _offenders("app", ("ui",)) if edge not in LAUNCHERS]
    assert not bad, ", ".join(bad)


def test_paths_and_settings_sit_below_the_vault() -> None:
    bad = _offenders("app.paths", ("app.vault", "app.services", "app.model")) + _offenders(
        "app.settings", ("app.vault", "app.services")
    )
    assert not bad, ", ".join(bad)


def test_the_cycle_finder_names_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert _cycles(graph) == [["a", "b", "c", "a"]]
