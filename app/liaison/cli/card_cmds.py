"""Smart-card (PKCS#11) key slots: add, list, check, remove (ARCHITECTURE.md, "Key
slots"). Unlocking with a card is the global ``--pin-file`` (or the PIN asked at a
terminal), beside ``--passphrase-file``."""

from __future__ import annotations

import argparse

from liaison.cli.context import EXIT_FAILED, EXIT_OK, Context, command_adder, prompt_secret
from liaison.model.errors import LiaisonError

HELP = "add, list, check or remove smart-card (PKCS#11 token) key slots"


def _lines(slot: dict) -> list[str]:
    key = " ".join(p for p in (f"id {slot['key_id']}" if slot["key_id"] else "",
                               f"'{slot['key_label']}'" if slot["key_label"] else "") if p)
    return [f"Card '{slot['token_label']}' (serial {slot['token_serial']}), "
            f"{slot['kind'].upper()} key {key}",
            f"  fingerprint {slot['fingerprint']}"]


def cmd_card(ctx: Context) -> int:
    args = ctx.args
    if args.action == "add":
        return _add(ctx)
    with ctx.open() as ws:
        if args.action == "list":
            slots = ws.token_slots()
            ctx.emit({"cards": slots}, [line for s in slots for line in _lines(s)]
                     or ["This workspace has no smart-card slot."])
            return EXIT_OK
        if args.action == "check":
            status = ws.token_status()
            lines = [line for s in status for line in
                     [*_lines(s), f"  {'present' if s['problem'] is None else s['problem']}"]]
            ctx.emit({"cards": status}, lines or ["This workspace has no smart-card slot."])
            return EXIT_OK if all(s["problem"] is None for s in status) else EXIT_FAILED
        if not args.fingerprint:
            raise LiaisonError("Name the card's slot to remove: liaison card remove "
                               "FINGERPRINT (the first hex digits; 'liaison card list').")
        gone = ws.remove_token_slot(args.fingerprint)
        print(f"Removed the slot of card '{gone['token_label']}' (key "
              f"{gone['fingerprint'][:16]}…). Key slots: {', '.join(ws.meta.slot_types())}")
    return EXIT_OK


def _add(ctx: Context) -> int:
    from liaison.store.token_slot import CardKey

    args = ctx.args
    card = CardKey(args.token_serial, args.token_label, args.key_id, args.key_label)
    card.validate()  # before any secret is asked
    with ctx.open(with_pin=False) as ws:
        pin = ctx.pin() or prompt_secret("PIN of the card to add: ")
        if not pin:
            raise LiaisonError("Adding a card needs its PIN: give --pin-file FILE "
                               "('-' = stdin), or run this at a terminal.")
        added = ws.add_token_slot(card, pin)
        ctx.emit(added, [*_lines(added),
                         f"Added. Key slots: {', '.join(ws.meta.slot_types())}"])
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    add = command_adder(sub)
    p = add("card", cmd_card, HELP, json_out=True)
    p.add_argument("action", choices=["add", "list", "check", "remove"])
    p.add_argument("fingerprint", nargs="?", metavar="FINGERPRINT",
                   help="with remove: the slot's key fingerprint (at least 8 hex digits)")
    p.add_argument("--token-label", metavar="LABEL", help="with add: the token's label")
    p.add_argument("--token-serial", metavar="SERIAL", help="with add: the token's serial")
    p.add_argument("--key-label", metavar="LABEL",
                   help="with add: the label of the key pair on the token")
    p.add_argument("--key-id", metavar="HEX", help="with add: the key pair's id (CKA_ID)")
