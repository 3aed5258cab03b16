"""Every command by name, and the subparsers action that imports a command's module only
when that command is named (ARCHITECTURE.md, "Command line start-up").

``liaison --help`` is built from ``COMMANDS`` alone; the modules behind the commands pull
in the workspace and through it the store, cryptography and the analysis libraries, so
importing all of them would cost every command, even ``--help``, about a second. A test
checks that this table says exactly what the modules register.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence
from typing import Any

# The modules that register commands, in the order they register them (a command group
# two modules join, ``partner``, is created by the first and joined by the second).
MODULES = ("workspace_cmds", "check_cmds", "intel_cmds", "search_cmds", "xref_cmds",
           "graph_cmds", "exchange_cmds", "quarantine_cmds", "share_cmds", "govern_cmds",
           "hit_cmds", "patterns_cmds", "chart_cmds", "users_cmds", "release_cmds",
           "self_test", "card_cmds")

# (name, the modules that register it, its one-line help), in the order of --help.
COMMANDS: tuple[tuple[str, str, str], ...] = (
    ("init", "workspace_cmds", "create a new encrypted workspace"),
    ("info", "workspace_cmds", "show the workspace's metadata"),
    ("passphrase", "workspace_cmds",
     "add, change or remove the passphrase slot; show or raise the minimum strength (policy)"),
    ("keyring", "workspace_cmds", "add or remove the OS keyring slot"),
    ("card", "card_cmds", "add, list, check or remove smart-card (PKCS#11 token) key slots"),
    ("rekey", "workspace_cmds", "re-encrypt the database under a new random key"),
    ("backup", "workspace_cmds", "write an encrypted backup file"),
    ("restore", "workspace_cmds", "restore a backup into the workspace folder"),
    ("audit", "workspace_cmds", "verify or export the audit chain; checkpoints"),
    ("check", "check_cmds",
     "check the workspace database page by page (SQLCipher page HMACs, SQLite integrity, "
     "audit chain); read-only, exits 1 on any problem"),
    ("import", "intel_cmds",
     "import a CSV, FollowTheMoney, STIX 2.1, MISP, GraphML or GEXF file"),
    ("demo", "intel_cmds", "generate the synthetic cross-border demo case"),
    ("stats", "intel_cmds", "counts by agency, entity type, TLP and handling code"),
    ("show", "intel_cmds",
     "a record in full, with who vouches for it and any claims partners relayed under its id"),
    ("search", "search_cmds", "search records (or entities) with the query language"),
    ("watch", "search_cmds", "saved queries and watched identifiers or names"),
    ("xref", "xref_cmds",
     "cross-reference entities across agencies: compare the new ones, then list the pairs "
     "to review"),
    ("graph", "graph_cmds",
     "export the link chart of a search or of records as GraphML, GEXF or i2 ANX (or its "
     "timeline as CSV)"),
    ("identity", "exchange_cmds", "the agency's keys and certificates"),
    ("partner", "exchange_cmds share_cmds", "partner agencies"),
    ("share", "exchange_cmds",
     "package records for partners (policy-checked, redacted, signed, encrypted) into the "
     "outbox"),
    ("receive", "exchange_cmds", "open package files: merge or quarantine each"),
    ("sync", "exchange_cmds", "deliver the outbox and collect packages over the transports"),
    ("retract", "exchange_cmds", "retract one of our records; its recipients are told"),
    ("packages", "exchange_cmds", "list the outbox, inbox or quarantine"),
    ("transport", "exchange_cmds", "folder and SFTP transports"),
    ("quarantine", "quarantine_cmds", "refused packages: list, show, release, delete"),
    ("consent", "share_cmds", "originators' consents for H2 records"),
    ("profile", "share_cmds", "redaction profiles"),
    ("policy", "share_cmds", "the sharing policy"),
    ("redact", "share_cmds", "write a policy-checked, redacted export of records"),
    ("review", "govern_cmds", "list the records whose review date has come"),
    ("erase", "govern_cmds",
     "erase a partner's record here (its content goes, a tombstone stays); retract our own "
     "records instead"),
    ("hit-query", "hit_cmds",
     "ask a partner whether it holds identifiers, without either side showing its list"),
    ("hit-results", "hit_cmds",
     "hit/no-hit queries: our answers as hits per identifier, partners' queries by their "
     "counts"),
    ("hit-request", "hit_cmds",
     "write the request for the records behind an answered hit/no-hit query's hits"),
    ("patterns", "patterns_cmds",
     "find patterns (money flows, bridges, bursts, co-presence, similar cases) and list "
     "the findings, each with its numbers and records; confirm or dismiss them"),
    ("charts", "chart_cmds", "the link charts saved in the workspace: list, rename, delete"),
    ("analyst", "chart_cmds", "your own links and notes on entities (never shared): add, list, "
     "delete"),
    ("users", "users_cmds",
     "the workspace's users and their roles: list, add, remove, grant, revoke"),
    ("release", "release_cmds",
     "shares awaiting release: list, approve (here or by a signed approval file), "
     "withdraw; four-eyes rules per partner"),
    ("self-test", "self_test",
     "check headless that this installation works end to end (temporary workspaces)"),
)


class LazyCommands(argparse._SubParsersAction):
    """Top-level subparsers holding a placeholder per command from ``COMMANDS``; the named
    command's modules are imported and register their real parsers when argparse reaches
    it, so ``liaison CMD --help`` and parsing are those of the module, unchanged."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._owners = {name: modules.split() for name, modules, _ in COMMANDS}
        self._loaded: set[str] = set()
        for name, _, help_ in COMMANDS:
            self.add_parser(name, help=help_, description=help_)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Sequence[Any], option_string: str | None = None) -> None:
        self.load(self._owners.get(values[0], ()))
        super().__call__(parser, namespace, values, option_string)

    def load_all(self) -> None:
        """Every command's real parser (for tests, and whatever needs the whole tree)."""
        self.load(MODULES)

    def load(self, modules: Sequence[str]) -> None:
        """Import ``modules`` and let them register, replacing their placeholders."""
        modules = [m for m in MODULES if m in modules and m not in self._loaded]
        if not modules:
            return
        for name, owners in self._owners.items():
            if any(m in owners for m in modules) and not self._registered(name):
                del self._name_parser_map[name]
                self._choices_actions[:] = [a for a in self._choices_actions if a.dest != name]
        for module in modules:
            importlib.import_module(f"liaison.cli.{module}").register(self)
            self._loaded.add(module)
        # Keep the order of COMMANDS, so help and "invalid choice" read as before.
        order = {name: i for i, (name, _, _) in enumerate(COMMANDS)}
        self._choices_actions.sort(key=lambda a: order.get(a.dest, len(order)))
        parsers = sorted(self._name_parser_map.items(),
                         key=lambda item: order.get(item[0], len(order)))
        self._name_parser_map.clear()
        self._name_parser_map.update(parsers)

    def _registered(self, name: str) -> bool:
        """True once a loaded module has registered ``name`` (not just the placeholder)."""
        return any(m in self._loaded for m in self._owners.get(name, ()))
