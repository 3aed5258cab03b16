"""The analyst's links, notes and saved charts from the command line (issue 18): what the
desktop keeps, reachable headless; bad input refused with a message naming it. Run in
process (``cli.main``), as test_govern does: as subprocesses these cost 17 s."""

from __future__ import annotations

import json

from liaison.cli import main as cli_main
from liaison.workspace import Workspace

from .workspace_helpers import PASSPHRASE


def test_links_notes_and_saved_charts(tmp_path, capsys):
    folder = tmp_path / "ws"
    with Workspace.create(folder, "Europol desk", "NL", use_keyring=False,
                          passphrase=PASSPHRASE) as ws:
        ws.import_demo(20)
        a, b = [r[0] for r in ws.conn.execute("SELECT id FROM entities ORDER BY eid LIMIT 2")]
        saved = ws.chart_save("Harbour", {"entities": [a, b], "positions": {a: [0, 0]}})
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    base = ["--workspace", str(folder), "--passphrase-file", str(secret)]

    def out(*argv: str, code: int = 0) -> str:
        assert cli_main([*base, *argv]) == code
        captured = capsys.readouterr()
        return captured.out + captured.err

    link = json.loads(out("analyst", "--json", "link", a, b, "met in Rotterdam"))
    out("analyst", "note", a, "Ask the port police")
    listed = json.loads(out("analyst", "list", a, b, "--json"))
    assert [k["label"] for k in listed["links"]] == ["met in Rotterdam"]
    assert [n["text"] for n in listed["notes"]] == ["Ask the port police"]
    assert "both ends are the same" in out("analyst", "link", a, a, "self", code=1)
    assert f"Deleted the link {link['id']}" in out("analyst", "delete-link", link["id"])

    assert f"{saved.id}  Harbour  (1 nodes" in out("charts")
    out("charts", "rename", saved.id, "Harbour, March")
    assert "Harbour, March" in out("charts", "delete", saved.id)
    with Workspace.open(folder, passphrase=PASSPHRASE) as ws:
        assert ws.charts_list() == [] and ws.analyst_links_between([a, b]) == []
