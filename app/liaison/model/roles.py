"""Who may do what: the four roles and the one table of actions that need one.

The workspace facade checks every call against :data:`PERMISSIONS` before it runs
(workspace/core.py, the call guard); the CLI and the desktop both go through it. The same
table is in ARCHITECTURE.md, "Users and roles": change both together.
"""

from __future__ import annotations

ANALYST = "analyst"
RELEASER = "releasing-officer"
AUDITOR = "auditor"
ADMIN = "administrator"

ROLES = (ANALYST, RELEASER, AUDITOR, ADMIN)
ROLE_NAMES = {ANALYST: "analyst", RELEASER: "releasing officer", AUDITOR: "auditor",
              ADMIN: "administrator"}

_A, _R, _U, _D = frozenset({ANALYST}), frozenset({RELEASER}), frozenset({AUDITOR}), \
    frozenset({ADMIN})
_ANY = frozenset(ROLES)

# Every facade action that changes data, writes a file or sends anything -> the roles
# that may do it (holding any one is enough). Facade methods not named here only read
# and are open to every user (READS below lists them; a test checks that every public
# method is in one of the two).
PERMISSIONS: dict[str, frozenset[str]] = {
    # intelligence
    "import_file": _A, "import_demo": _A,
    "xref_run": _A, "xref_judge": _A, "xref_undo": _A,
    "patterns_run": _A, "patterns_judge": _A, "set_patterns_on_import": _A,
    "chart_save": _A, "chart_rename": _A, "chart_delete": _A,
    "analyst_link_add": _A, "analyst_link_delete": _A,
    "analyst_note_add": _A, "analyst_note_delete": _A,
    "watch_add": _A, "watch_remove": _A, "watch_check": _A,
    "review_keep": _A, "consent_add": _A,
    "erase": _D,
    "receive": _A | _R, "sync": _A | _R | _D,
    "quarantine_release": _A | _D, "quarantine_delete": _D,
    "remember_search": _ANY, "forget_searches": _ANY, "record": _ANY,
    # sharing: an analyst's share waits for a releasing officer (workspace/release.py)
    "prepare_share": _A | _R, "apply_share_review": _A | _R,
    "write_share_review": _A | _R, "save_redaction_profile": _A | _D,
    "share": _A | _R, "send_share": _A | _R,
    "export_share": _R, "send_updates": _R, "retract": _R, "correct": _R,
    "hit_query": _R, "hit_request": _R,
    # An analyst's session may host the approval: the officer present authenticates.
    "release_approve": _A | _R, "release_approval_write": _R,
    "release_approval_read": _A | _R, "release_request_write": _A | _R,
    "release_withdraw": _A | _R,
    # partners, identity, transports: the administrator
    "partner_add": _D, "partner_update": _D, "partner_defaults": _D,
    "partner_certs": _D, "partner_verify": _D, "partner_revoke": _D, "partner_ca": _D,
    "release_rule_set": _D,
    "identity_create": _D, "identity_csr": _D, "identity_import_certificate": _D,
    "identity_export": _D,
    "transport_add_folder": _D, "transport_add_sftp": _D, "transport_remove": _D,
    # keys, users, the workspace itself
    "add_passphrase": _D, "change_passphrase": _D, "remove_passphrase": _D,
    "add_keyring": _D, "remove_keyring": _D, "rekey": _D,
    "add_token_slot": _D, "remove_token_slot": _D,
    "set_passphrase_min_score": _D, "backup": _D,
    "user_add": _D, "user_remove": _D, "role_grant": _D, "role_revoke": _D,
    # the audit log
    "audit_verify": _U | _D, "audit_export": _U | _D, "audit_checkpoint_export": _U | _D,
    "audit_entries": _U | _D, "audit_checkpoints": _U | _D,
}

# Facade methods that only read (or lock): any user may call them.
READS = frozenset({
    "patterns_involved", "patterns_on_import",
    "analyst_links_between", "analyst_notes_for", "chart_get", "chart_graph", "charts_list",
    "with_analyst_marks",
    "agencies", "attachment_data", "check_new_passphrase", "close", "cluster_members",
    "consents", "counts", "disclosures", "entity_detail", "exchange_partners",
    "graph_expand", "graph_export", "graph_for_entities", "graph_for_query",
    "graph_for_records", "graph_path", "hit_queries", "identity", "inbox_entries", "info",
    "lock", "open_reader", "patterns_findings", "watch_list", "outbox_entries", "partner",
    "partners", "passphrase_min_score",
    "policy_check", "quarantine_entries", "quarantine_list", "quarantine_show",
    "query_record_ids", "query_records", "read_share_review", "record_detail",
    "record_ids", "record_originals", "record_rids", "record_rows", "redaction_profile",
    "redaction_profiles", "relayed_claims", "review_due", "review_due_count",
    "search_entities", "search_history", "search_records", "search_region", "stats",
    "share_recipient_problem", "timeline_export", "timeline_items", "transport_list",
    "xref_candidates", "xref_count", "xref_each_candidate", "xref_hubs",
    "users", "session_user", "releases", "release_rules", "holds_custody",
    "token_slots", "token_status", "opened_by_card", "token_check",
})


def parse_role(text: str) -> str:
    """A role's code from what a person typed ('releasing officer', 'Admin' ...)."""
    from liaison.model.errors import RoleRefused

    wanted = text.strip().lower().replace("_", "-").replace(" ", "-")
    aliases = {"officer": RELEASER, "releaser": RELEASER, "admin": ADMIN}
    wanted = aliases.get(wanted, wanted)
    if wanted not in ROLES:
        raise RoleRefused(f"Unknown role '{text}': the roles are "
                          f"{', '.join(ROLES)}.")
    return wanted


def refusal(action: str, user: str, held: frozenset[str] | set[str]) -> str | None:
    """Why ``user`` (holding ``held``) may not run ``action``; None when they may."""
    needed = PERMISSIONS.get(action)
    if needed is None or needed & set(held):
        return None
    names = " or ".join(ROLE_NAMES[r] for r in ROLES if r in needed)
    mine = ", ".join(ROLE_NAMES[r] for r in ROLES if r in held) or "no role"
    return (f"{user} may not {action.replace('_', ' ')}: that needs the {names} role "
            f"({user} holds {mine}). Ask an administrator to grant it "
            f"('liaison users grant').")
