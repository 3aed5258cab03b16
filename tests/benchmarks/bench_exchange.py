"""Exchange benchmark: package build/open against openssl cms and gpg, merge throughput,
and peak memory at the size cap.

``python -m tests.benchmarks.run exchange``. Two real workspaces (NL, DE) trust each
other; packages go NL → DE. The comparison tools get the very ZIP inside our package,
so every row encrypts and signs the same bytes: openssl cms with the same algorithms
(RSA-PSS/SHA-256 signature, AES-256-CBC with RSAES-OAEP), gpg with RSA-3072 keys and
its own compression off (the ZIP is compressed already).
"""

from __future__ import annotations

import hashlib
import multiprocessing
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from liaison.exchange import certs, cms, identity
from liaison.exchange.inbox import DirectoryTrust, receive_file
from liaison.exchange.outbox import sender
from liaison.exchange.package import PackageContent, Recipient, build_package, open_package
from liaison.exchange.partners import recipient_cert
from liaison.model.records import Attachment, Entity, Record, stable_id
from liaison.model.values import DateValue
from liaison.workspace import Workspace

from .table import peak_rss_mib, print_table

PASS = "benchmark passphrase"
CAP = 256 << 20


def _records(n: int) -> PackageContent:
    content = PackageContent()
    for i in range(n):
        rid = stable_id("NL", "bench", str(i))
        content.records.append(Record(
            rid, "Politie NL", "NL", f"NL-{i}", f"Report {i}: shipment observed",
            f"Vessel {i % 977} unloaded {i % 13} containers at quay {i % 31}; courier "
            f"seen with phone +3161234{i % 10000:04d}.", language="en",
            reported=DateValue(f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}", "day"),
            handling="H1", tlp="GREEN", reliability="B", assessment="2"))
        person = Entity(stable_id("NL", "bench", f"p{i}"), "Person", record_ids=[rid])
        person.add_raw("name", f"Courier {i}")
        person.add_raw("phone", f"+3161234{i % 10000:04d}")
        content.entities.append(person)
    return content


def _attachments(total: int, each: int = 4 << 20) -> PackageContent:
    content = PackageContent()
    for i in range(total // each):
        blob = os.urandom(each)
        content.records.append(Record(
            stable_id("NL", "bench-att", str(i)), "Politie NL", "NL", f"NL-A{i}",
            f"Scan {i}", handling="H1", tlp="GREEN",
            attachments=[Attachment(hashlib.sha256(blob).hexdigest(), f"scan{i}.bin",
                                    "application/octet-stream", blob)]))
    return content


def _pair(root: Path) -> tuple[Workspace, Workspace]:
    nl = Workspace.create(root / "nl", "Politie NL", "NL", use_keyring=False, passphrase=PASS)
    de = Workspace.create(root / "de", "Bundeskriminalamt", "DE", use_keyring=False,
                          passphrase=PASS)
    nl.identity_create()
    de.identity_create()
    for receiver, sender_ws, name in ((de, nl, "Politie"), (nl, de, "BKA")):
        paths = sender_ws.identity_export(root / f"certs-{name}")
        receiver.partner_certs(name, paths[0], paths[1])
        receiver.partner_verify(name, sender_ws.identity().fingerprint)
    return nl, de


def _timed(fn):
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def _tool(args: list[str], **kw) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, **kw)
    return time.perf_counter() - start


def _key_files(root: Path, nl: Workspace, de: Workspace) -> dict[str, Path]:
    from cryptography.hazmat.primitives import serialization

    out = {}
    for label, cert, key in (("nl-sign", *identity.signing_key(nl.conn)),
                             ("de-enc", *identity.decryption_keys(de.conn)[0])):
        (root / f"{label}.pem").write_bytes(certs.pem(cert))
        (root / f"{label}.key").write_bytes(key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption()))
        out[label] = root / label
    return out


def _openssl(root: Path, zip_path: Path, keys: dict[str, Path]) -> tuple[float, float]:
    s, e = root / "o.sig", root / "o.p7m"
    nl, de = keys["nl-sign"], keys["de-enc"]
    build = _tool(["openssl", "cms", "-sign", "-binary", "-nodetach", "-md", "sha256", "-in",
                   str(zip_path), "-signer", f"{nl}.pem", "-inkey", f"{nl}.key", "-keyopt",
                   "rsa_padding_mode:pss", "-outform", "DER", "-out", str(s)])
    build += _tool(["openssl", "cms", "-encrypt", "-binary", "-aes256", "-in", str(s),
                    "-outform", "DER", "-out", str(e), "-recip", f"{de}.pem", "-keyopt",
                    "rsa_padding_mode:oaep", "-keyopt", "rsa_oaep_md:sha256"])
    d = root / "o.dec"
    opened = _tool(["openssl", "cms", "-decrypt", "-binary", "-inform", "DER", "-in", str(e),
                    "-recip", f"{de}.pem", "-inkey", f"{de}.key", "-out", str(d)])
    opened += _tool(["openssl", "cms", "-verify", "-binary", "-inform", "DER", "-in", str(d),
                     "-CAfile", f"{nl}.pem", "-out", str(root / "o.zip")])
    return build, opened


def _gpg_home(root: Path) -> dict[str, str] | None:
    if shutil.which("gpg") is None:
        return None
    home = root / "gnupg"
    home.mkdir(mode=0o700)
    env = {**os.environ, "GNUPGHOME": str(home)}
    for name in ("nl@bench.invalid", "de@bench.invalid"):
        subprocess.run(["gpg", "--batch", "--pinentry-mode", "loopback", "--passphrase", "",
                        "--quick-gen-key", name, "rsa3072", "sign,encr", "1d"],
                       check=True, capture_output=True, env=env)
    return env


def _gpg(root: Path, zip_path: Path, env: dict[str, str]) -> tuple[float, float]:
    out = root / "g.gpg"
    build = _tool(["gpg", "--batch", "--yes", "--compress-algo", "none", "-u",
                   "nl@bench.invalid", "-r", "de@bench.invalid", "--trust-model", "always",
                   "--sign", "--encrypt", "-o", str(out), str(zip_path)], env=env)
    opened = _tool(["gpg", "--batch", "--yes", "-o", str(root / "g.zip"), "--decrypt",
                    str(out)], env=env)
    return build, opened


def _liaison(root: Path, nl: Workspace, de: Workspace, content: PackageContent, tag: str
             ) -> tuple[float, float, Path, bytes]:
    me = sender(nl.conn)
    to = recipient_cert(nl.conn, "BKA")
    path = root / f"{tag}.p7m"
    build, _ = _timed(lambda: build_package(content, me, [Recipient("BKA", to.cert, 1)],
                                                path, cap=CAP))
    data = path.read_bytes()
    keys = identity.decryption_keys(de.conn)
    trust = DirectoryTrust(de.conn, None)
    opened, _ = _timed(lambda: open_package(data, keys=keys, trust=trust, max_bytes=CAP))
    plain, _ = cms.decrypt(data, keys)
    zip_bytes = cms.verify(plain, lambda *a: me.signing_cert).content
    return build, opened, path, zip_bytes


def _vm_hwm_mib() -> float:
    """This process's own peak RSS (VmHWM): unlike ru_maxrss it starts afresh at exec."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return peak_rss_mib()


def _child_peak(root: str, which: str, queue: multiprocessing.Queue) -> None:
    """Build (or receive) a package at the cap in a fresh process; report its peak RSS."""
    base = Path(root)
    if which == "build":
        with Workspace.open(base / "nl", passphrase=PASS, use_keyring=False) as nl:
            content = _attachments(CAP - (16 << 20), each=8 << 20)
            before = _vm_hwm_mib()
            built = build_package(content, sender(nl.conn), [
                Recipient("BKA", recipient_cert(nl.conn, "BKA").cert, 999)],
                base / "cap.p7m", cap=CAP)
            queue.put((built.size, before, _vm_hwm_mib()))
    else:
        with Workspace.open(base / "de", passphrase=PASS, use_keyring=False) as de:
            size = (base / "cap.p7m").stat().st_size
            before = _vm_hwm_mib()
            got = receive_file(de.conn, de.folder, base / "cap.p7m",
                               our_agency=de.meta.agency_name, actor="bench", max_bytes=CAP)
            queue.put((size, before, _vm_hwm_mib(), got.status))


def _peak(root: Path, which: str) -> tuple:
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(target=_child_peak, args=(str(root), which, queue))
    proc.start()
    result = queue.get(timeout=1800)
    proc.join()
    return result


def run() -> None:
    root = Path(tempfile.mkdtemp(prefix="liaison-bench-exchange-"))
    try:
        nl, de = _pair(root)
        keys = _key_files(root, nl, de)
        gpg_env = _gpg_home(root)
        rows, notes = [], []
        for tag, label, content in (("records", "100k records", _records(100_000)),
                                    ("attach", "200 MB attachments",
                                     _attachments(200 * 1000 * 1000))):
            build, opened, path, zip_bytes = _liaison(root, nl, de, content, tag)
            zip_path = root / f"{tag}.zip"
            zip_path.write_bytes(zip_bytes)
            o_build, o_open = _openssl(root, zip_path, keys)
            rows.append([label, "liaison", path.stat().st_size / 2**20, build, opened, 1.0, 1.0])
            rows.append([label, "openssl cms", (root / "o.p7m").stat().st_size / 2**20,
                         o_build, o_open, build / o_build, opened / o_open])
            if gpg_env:
                g_build, g_open = _gpg(root, zip_path, gpg_env)
                rows.append([label, "gpg", (root / "g.gpg").stat().st_size / 2**20, g_build,
                             g_open, build / g_build, opened / g_open])
            else:
                notes.append("gpg is not installed: its rows are left out.")
            if tag == "records":
                merge, got = _timed(lambda p=path: receive_file(
                    de.conn, de.folder, p, our_agency=de.meta.agency_name, actor="bench",
                    max_bytes=CAP))
                assert got.status == "merged", got.reason
                merged = 100_000
            del content
        print_table("Package build and open (seconds; ratio = liaison time / tool time)",
                    ["package", "tool", "MiB", "build s", "open s", "build ratio",
                     "open ratio"], rows)
        nl.close()
        de.close()
        size, before_b, peak_b = _peak(root, "build")
        size, before_o, peak_o, status = _peak(root, "open")
        print_table("Merge throughput and peak memory at the size cap (256 MiB)",
                    ["measure", "value"],
                    [["merge 100k records (open + validate + merge), s", merge],
                     ["records merged per second", merged / merge],
                     ["package at the cap, MiB", size / 2**20],
                     ["build at cap: peak RSS MiB (process before: "
                      f"{before_b:,.0f})", peak_b],
                     [f"receive at cap ({status}): peak RSS MiB (before: {before_o:,.0f})",
                      peak_o]])
        for note in notes:
            print(note)
    finally:
        shutil.rmtree(root, ignore_errors=True)
