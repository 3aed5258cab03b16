"""``liaison users list | add NAME | remove NAME | grant NAME ROLE | revoke NAME ROLE``.

Each user has their own key slots; roles say what they may do (ARCHITECTURE.md, "Users
and roles"). Open as a user with ``--user NAME`` (or ``$LIAISON_USER``).
"""

from __future__ import annotations

import argparse

from liaison.cli.context import EXIT_OK, Context, command_adder
from liaison.model.roles import ROLE_NAMES, ROLES


def _roles(roles: list[str]) -> str:
    return ", ".join(ROLE_NAMES[r] for r in roles) or "no role"


def cmd_list(ctx: Context) -> int:
    with ctx.open() as ws:
        rows = ws.users()
        me = ws.session_user()
    lines = [f"{'*' if u['name'] == me['name'] else ' '} {u['name']:<20} {_roles(u['roles'])}"
             f"  (slots: {', '.join(u['slots']) or 'none'}"
             f"{'; first user' if u['first'] else ''}"
             f"{'; holds the release key' if u['holds_release_key'] else ''})"
             for u in rows]
    ctx.emit({"users": rows, "you": me}, lines)
    return EXIT_OK


def cmd_add(ctx: Context) -> int:
    args = ctx.args
    secret = ctx.new_secret("new_passphrase_file", f"Passphrase for {args.name}: ")
    with ctx.open() as ws:
        added = ws.user_add(args.name, secret, args.role,
                            session_passphrase=ctx.passphrase())
    ctx.emit(added, [f"Added user {added['name']} ({_roles(added['roles'])}), with a "
                     "passphrase slot of their own. They open the workspace with "
                     f"--user {added['name']}."])
    return EXIT_OK


def cmd_remove(ctx: Context) -> int:
    with ctx.open() as ws:
        done = ws.user_remove(ctx.args.name, passphrase=ctx.passphrase())
    ctx.emit(done, [f"Removed user {done['name']} and their key slots; the database was "
                    "rekeyed, so a key they kept no longer opens it."])
    return EXIT_OK


def _change(ctx: Context, grant: bool) -> int:
    with ctx.open() as ws:
        held = (ws.role_grant if grant else ws.role_revoke)(ctx.args.name, ctx.args.role)
    ctx.emit({"name": ctx.args.name, "roles": held},
             [f"{ctx.args.name} now holds: {_roles(held)}."])
    return EXIT_OK


def cmd_grant(ctx: Context) -> int:
    return _change(ctx, True)


def cmd_revoke(ctx: Context) -> int:
    return _change(ctx, False)


def register(sub: argparse._SubParsersAction) -> None:
    group = sub.add_parser(
        "users", help="the workspace's users and their roles: list, add, remove, grant, revoke",
        description="Users each open the workspace with their own key slots (--user NAME); "
                    f"roles: {', '.join(ROLES)}.")
    group.set_defaults(handler=None)
    add = command_adder(group.add_subparsers(dest="users_command", metavar="COMMAND"))
    add("list", cmd_list, "every user, their roles and slots (* marks you)", json_out=True)
    p = add("add", cmd_add, "add a user with a passphrase slot of their own", json_out=True)
    p.add_argument("name", metavar="NAME")
    p.add_argument("--role", action="append", required=True, metavar="ROLE",
                   help=f"a role to hold ({', '.join(ROLES)}); repeat for several")
    p.add_argument("--new-passphrase-file", metavar="FILE",
                   help="the new user's passphrase ('-' = stdin; else asked)")
    p = add("remove", cmd_remove, "remove a user and their slots, then rekey the database "
            "(needs the first user's passphrase, as rekey does)", json_out=True)
    p.add_argument("name", metavar="NAME")
    for name, handler, text in (("grant", cmd_grant, "give a user a role"),
                                ("revoke", cmd_revoke, "take a role from a user")):
        p = add(name, handler, text, json_out=True)
        p.add_argument("name", metavar="NAME")
        p.add_argument("role", metavar="ROLE", help=", ".join(ROLES))


