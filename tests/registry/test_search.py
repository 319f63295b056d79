"""Search: a clerk finds a record by typing two characters of its title, number, sender or recipients;
newest first; filters by kind, year, status and overdue; and the answer always equals a plain
substring scan of the same records."""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.registry.search import Filters, scan_ids

from .helpers import incoming_request, outgoing_request, signed


@pytest.fixture
def sample(registry):
    """A few hundred demo records plus hand-made ones, shared by the scan comparisons below."""
    registry.demo(600)
    return registry


def test_two_characters_find_the_record(registry):
    flood = registry.register("outgoing", outgoing_request(title="关于做好2026年冬季防汛工作的通知"))
    school = registry.register("outgoing", outgoing_request(title="关于加强学校安全管理的意见", doc_type="意见"))
    assert registry.search_ids("防汛") == [flood["id"]]
    assert registry.search_ids("学校") == [school["id"]]
    assert registry.search_ids("水利") == []


def test_numbers_senders_and_recipients_are_searchable(registry):
    numbered = registry.register("outgoing", signed(assign_number=True, main_recipients=["库米什镇人民政府"]))
    received = registry.register("incoming", incoming_request(sender="吐鲁番市应急管理局",
                                                              sender_number="吐市应急发(2026)31号"))
    assert registry.search_ids("托政发〔2026〕1号") == [numbered["id"]]
    assert registry.search_ids("库米什") == [numbered["id"]]
    assert registry.search_ids("应急管理") == [received["id"]]
    assert registry.search_ids("〔2026〕31") == [received["id"]]
    assert registry.search_ids("收文〔2026〕1号") == [received["id"]]
    assert registry.search_ids("２０２６") == registry.search_ids("2026")  # full-width digits typed


def test_newest_first_by_record_date(registry):
    old = registry.register("incoming", incoming_request(received_on="2024-05-01"))
    new = registry.register("incoming", incoming_request(received_on="2026-05-01"))
    late_entry_of_old = registry.register("incoming", incoming_request(received_on="2025-01-01"))
    assert registry.search_ids("防汛") == [new["id"], late_entry_of_old["id"], old["id"]]
    assert registry.search_ids("防汛", year=2025) == [late_entry_of_old["id"]]


def test_filters_kind_status_and_overdue(registry):
    out = registry.register("outgoing", outgoing_request())
    late = registry.register("incoming", incoming_request(due="2026-01-10"))
    on_time = registry.register("incoming", incoming_request(due="2100-12-31"))
    assert registry.search_ids("防汛", kind="outgoing") == [out["id"]]
    assert registry.search_ids("", kind="incoming") == [on_time["id"], late["id"]]
    assert registry.search_ids("", overdue=True) == [late["id"]]
    assert late["id"] not in registry.search_ids("", overdue=False)
    assert registry.search_ids("", status="registered", kind="outgoing") == [out["id"]]
    assert registry.count("防汛", kind="incoming") == 2
    row = registry.rows([late["id"]])[0]
    assert row["overdue"] is True and row["number"] == "收文〔2026〕1号" and row["sender"] == "县水利局"


def test_rows_come_in_the_order_asked(registry):
    ids = [registry.register("incoming", incoming_request())["id"] for _ in range(3)]
    assert [r["id"] for r in registry.rows(list(reversed(ids)))] == list(reversed(ids))
    assert registry.rows([]) == []


def test_common_queries_equal_the_scan(sample):
    for text in ["防汛", "通知", "县教育局", "〔2024〕", "托政发", "收文", "关于", "的", "x", "抗旱工作", "冰雹灾害"]:
        for kwargs in ({}, {"kind": "incoming"}, {"year": 2024}):
            filters = Filters(kind=kwargs.get("kind"), year=kwargs.get("year"))
            assert sample.search_ids(text, **kwargs) == scan_ids(sample.db, text, filters), (text, kwargs)
            assert sample.count(text, **kwargs) == len(scan_ids(sample.db, text, filters))


def test_every_substring_of_stored_titles_finds_its_record(sample):
    rng = random.Random(7)
    titles = [row[0] for row in sample.db.conn.execute("SELECT title FROM records ORDER BY id LIMIT 200")]
    for title in titles:
        start = rng.randrange(len(title) - 1)
        text = title[start:start + rng.choice([2, 3, 4, 6])]
        found = sample.search_ids(text, limit=50)
        assert found == scan_ids(sample.db, text, limit=50) and found


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet="防汛抗旱通知关于县教育局〔〕2026号的 %_", min_size=0, max_size=5))
def test_any_query_equals_the_scan(sample_for_hypothesis, text):
    registry = sample_for_hypothesis
    assert registry.search_ids(text) == scan_ids(registry.db, text)
    assert registry.count(text) == len(scan_ids(registry.db, text))


@pytest.fixture(scope="module")
def sample_for_hypothesis(tmp_path_factory):
    from desktop_app.registry import Registry

    registry = Registry.open(tmp_path_factory.mktemp("search") / "db.sqlite")
    registry.demo(400)
    registry.register("incoming", {**incoming_request(), "title": "含有%和_的标题：防汛"})
    yield registry
    registry.close()


@pytest.mark.sqlite_only  # SQLite's postings (a server's: engine/pgsearch.py)
def test_the_rarest_gram_is_found_even_when_every_gram_is_common(sample, monkeypatch):
    from desktop_app.registry import search

    monkeypatch.setattr(search, "_RARITY_CAPS", (1, None))  # as if every gram had millions of postings
    known: dict[str, int] = {}
    counts = search._rarity(sample.db, search.grams("关于做好"), known)
    exact = {g: sample.db.conn.execute("SELECT count(*) FROM search_grams WHERE gram = ?", [g]).fetchone()[0]
             for g in counts}
    rarest = min(exact, key=exact.get)
    assert min(counts, key=counts.get) == rarest and counts[rarest] == exact[rarest]
    assert known and all(known[g] == exact[g] for g in known)  # remembered for the next keystroke
    again = search._rarity(sample.db, search.grams("关于做好"), known)
    assert min(again, key=again.get) == rarest
    assert sample.search_ids("关于做好") == scan_ids(sample.db, "关于做好")


def test_stale_remembered_counts_never_change_the_answer(sample):
    from desktop_app.registry import search

    rng = random.Random(3)
    for text in ["防汛抗旱", "工作情况", "冰雹灾害", "关于做好", "县教育局"]:
        stale = {g: rng.choice([1, 7, 10**6]) for g in search.grams(search.normalise(text))}
        assert search.search_ids(sample.db, text, Filters(), None, stale) == scan_ids(sample.db, text)
    fresh = sample.register("incoming", incoming_request(title="关于罕见词语测试的函"))
    sample.search_ids("罕见词语")  # remembers the counts of its grams
    again = sample.register("incoming", incoming_request(title="又一份罕见词语测试的函"))
    assert sample.search_ids("罕见词语") == [again["id"], fresh["id"]]
