"""Several clerks at once (issue 15 "Must show"): four processes on two "PCs" — each PC signed in as
its own server role — register 100 numbered documents each and stamp a seal for every one, all at the
same moment. Numbers run exactly 1..N per series with no gap and no duplicate, the seal ledger's chain
verifies, no process fails (no deadlock, no lock timeout) and no write is lost; the audit trail names
the role of the PC that did each registration. The same test runs on a SQLite file, where the four
processes share one file on one PC."""
from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from collections import Counter
from pathlib import Path

import pytest

from desktop_app.registry import Registry, server
from tests import pg

ROOT = Path(__file__).resolve().parents[2]
PER_PROCESS = 100
SERIES = ("托政发", "托政办发")

CLERK = textwrap.dedent("""
    import json, sys, time
    sys.path.insert(0, {root!r})
    from tests.registry.helpers import signed
    from tests.registry.seal_helpers import seal_request
    from desktop_app.registry import Registry
    location, start_at, count, worker = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    with Registry.open(location, auto_backup=False) as registry:
        while time.time() < start_at:
            time.sleep(0.001)
        for n in range(count):
            series = {series!r}[(n + worker) % 2]
            authority = "county_office" if series == "托政办发" else "county_government"
            record = registry.register("outgoing", signed(series=series, authority=authority, assign_number=True,
                                                          title=f"第{{worker}}号文书员的第{{n}}份通知"))
            seal = registry.seals.request(seal_request(matter=f"{{record['number']}}合同签订"))
            registry.seals.use(seal["id"], on="2026-11-30", operator=f"文书员{{worker}}", approved_by=["d3", "head"])
            print(json.dumps({{"id": record["id"], "series": series, "serial": record["serial"],
                              "seal": seal["id"]}}), flush=True)
""")


def _clerk_locations(engine: str, db_path, tmp_path) -> list[str]:
    """Where each of the four processes opens the registry: two PCs, two processes each."""
    if engine == "sqlite":
        return [str(db_path)] * 4
    name = db_path.rpartition("/")[2]
    with Registry.open(db_path) as owner:
        for pc in ("pc1", "pc2"):
            server.add_user(owner.db, f"{name}_{pc}", None)
    return [pg.database_url(name, user=f"{name}_{pc}") for pc in ("pc1", "pc1", "pc2", "pc2")]


@pytest.mark.slow
def test_four_clerks_on_two_pcs_get_gapless_numbers_and_one_ledger(registry, db_path, engine, tmp_path):
    registry.close()
    locations = _clerk_locations(engine, db_path, tmp_path)
    script = CLERK.format(root=str(ROOT), series=SERIES)
    start_at = str(time.time() + 2.0)
    procs = [subprocess.Popen([sys.executable, "-c", script, location, start_at, str(PER_PROCESS), str(worker)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for worker, location in enumerate(locations)]
    outputs = [p.communicate(timeout=600) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], [err[-2000:] for _, err in outputs]
    done = [json.loads(line) for out, _ in outputs for line in out.splitlines()]
    assert len(done) == 4 * PER_PROCESS  # no lost write: every registration and seal use came back

    with Registry.open(db_path) as registry:
        for series in SERIES:
            given = [s for (s,) in registry.db.conn.execute(
                "SELECT serial FROM numbers WHERE series = ? AND year = 2026 ORDER BY serial", [series])]
            assert given == list(range(1, 2 * PER_PROCESS + 1)), series  # exactly 1..N: no gap, no duplicate
            assert sorted(d["serial"] for d in done if d["series"] == series) == given
        assert registry.seals.verify() == {"ok": True, "entries": 8 * PER_PROCESS}  # request + use each
        assert len({d["seal"] for d in done}) == 4 * PER_PROCESS
        assert registry.check()["ok"]
        users = Counter(u for (u,) in registry.db.conn.execute(
            "SELECT \"user\" FROM audit_log WHERE action = 'register'"))
        if engine == "postgresql":  # each PC's registrations are recorded under its own role
            name = db_path.rpartition("/")[2]
            assert users == {f"{name}_pc1": 2 * PER_PROCESS, f"{name}_pc2": 2 * PER_PROCESS}
        else:
            assert sum(users.values()) == 4 * PER_PROCESS
