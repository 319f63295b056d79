"""Search: a clerk finds a record by typing two characters of its title, number, sender or recipients;
newest first; filters by kind, year, status and overdue; and the answer always equals a plain
substring scan of the same records."""
from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.registry.search import Filters, scan_ids, stores_search_text

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
@given(st.text(alphabet="防汛抗旱通知关于县教育局〔〕2026号的 %_(q\U000f0128\U000f0000", min_size=0, max_size=5))
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
    for title in ODD_TITLES:
        registry.register("incoming", {**incoming_request(), "title": title})
    yield registry
    registry.close()


ODD_TITLES = ["关于(2026)第1号 & 50% 的_通知", "含有\U000f0128与(的标题", "\U000f0000开头的\U000f03ff标题",
              "q28 qq 与 Q 的函", "空 格  两个", "单"]


@pytest.fixture(scope="module")
def classes(tmp_path_factory):
    """A demo register plus titles made of the characters the postings' code treats specially."""
    from desktop_app.registry import Registry

    registry = Registry.open(tmp_path_factory.mktemp("classes") / "db.sqlite")
    registry.demo(3000)
    for title in ODD_TITLES:
        registry.register("incoming", {**incoming_request(), "title": title})
    yield registry
    registry.close()


QUERY_CLASSES = {
    "one_rare": ["雹", "瓜", "暴"], "one_common": ["县", "关", "2", "〔"], "one_absent": ["龘", "z"],
    "two_rare": ["冰雹", "哈密"], "two_common": ["防汛", "关于", "20"], "two_absent": ["龘龘", "汛防"],
    "three": ["防汛抗", "工作情", "收文〔"], "four_plus": ["防汛抗旱", "工作情况", "关于防汛", "人民政府办公室"],
    "number_fragments": ["〔2026〕1", "〔2024〕", "托政发〔2025〕", "收文〔2023〕1", "(2026)", "2026〕12号"],
    "absent_long": ["防汛抗旱龘", "〔2099〕"],
    "odd": ["(", "(2026)", "50%", "_", "% 的", "\U000f0128", "与(", "\U000f0000", "q", "q28", "qq", " ", "  ", "空 格"],
}


@pytest.mark.parametrize("query_class", sorted(QUERY_CLASSES))
def test_every_query_class_equals_a_like_scan(classes, query_class):
    """The postings give exactly the ids, in the order, of a LIKE scan of the same file: with and
    without filters, newest 50 and the full count."""
    cases = [Filters(), Filters(kind="incoming"), Filters(year=2024), Filters(status="numbered", kind="outgoing"),
             Filters(overdue=True)]
    for text in QUERY_CLASSES[query_class]:
        for filters in cases:
            args = {"kind": filters.kind, "year": filters.year, "status": filters.status, "overdue": filters.overdue}
            expected = scan_ids(classes.db, text, filters, use_like=True)
            assert classes.search_ids(text, **args) == expected, (text, filters)
            assert classes.search_ids(text, **args, limit=50) == expected[:50], (text, filters)
            assert classes.count(text, **args) == len(expected), (text, filters)
    if query_class.endswith("absent") or query_class == "absent_long":
        assert all(classes.count(t) == 0 for t in QUERY_CLASSES[query_class])
    elif not query_class.startswith("odd"):
        assert all(classes.count(t) > 0 for t in QUERY_CLASSES[query_class])


def test_a_changed_text_is_found_by_its_new_words_only(registry):
    record = registry.register("outgoing", outgoing_request(title="关于做好冬季防汛工作的通知"))
    # A file's postings follow the title (its triggers compute the text); a server stores the text too.
    stored = ", search_text = replace(search_text, '冬季防汛', '春季植树')" if stores_search_text(registry.db) else ""
    with registry.db.conn:
        registry.db.conn.execute(f"UPDATE records SET title = '关于做好春季植树工作的通知'{stored} WHERE id = ?",
                                 [record["id"]])
    assert registry.search_ids("植树") == [record["id"]] and registry.search_ids("植") == [record["id"]]
    assert registry.search_ids("防汛") == [] and registry.search_ids("汛") == []
    numbered = registry.register("outgoing", signed(assign_number=True))
    assert registry.search_ids(numbered["number"]) == [numbered["id"]]
    assert registry.check()["search_index"]["ok"]


@pytest.mark.sqlite_only  # SQLite's FTS5 postings; a server's copy: tests/server/test_server.py
def test_verify_notices_postings_that_do_not_match_the_texts(registry):
    from desktop_app.registry import search_index

    registry.register("outgoing", outgoing_request())
    assert search_index.verify(registry.db.conn)["ok"]
    with registry.db.conn:  # a record changed behind the triggers' back
        registry.db.conn.execute("DROP TRIGGER records_search_update")
        registry.db.conn.execute("UPDATE records SET title = title || '龘'")
    result = search_index.verify(registry.db.conn)
    assert not result["ok"] and "搜索索引" in result["problem"]
    assert registry.search_ids("龘") == []  # which is what verify warns about


def test_the_code_names_every_character_apart():
    from desktop_app.registry.search_index import chars_tokens, pairs_tokens

    texts = ["(", "\U000f0128", "\U000f0000", "\U000f0000\U000f0528", "q28", "a b", "a\nb"]
    assert len({pairs_tokens("x" + t) for t in texts}) == len(texts)
    assert len({chars_tokens(t) for t in texts[:3]}) == 3
    assert pairs_tokens("a\nb") != pairs_tokens("a b")  # the field separator is its own character


# Characters that exercise the code: ASCII the tokenizer splits at, reserved private-use ones (the batch
# separator's among them), and ordinary ones.
_TRICKY = st.sampled_from(list("ab县〔〕 \n,-[]\x00\x01") + ["\U000f0000", "\U000f0100", "\U000f03fe", "\U000f03ff"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text(_TRICKY, max_size=8)), max_size=8))
def test_a_batch_is_posted_as_each_text_alone(texts):
    """postings() codes a bulk load's texts as one string: each row must be what the triggers would post."""
    from desktop_app.registry.search_index import chars_tokens, pairs_tokens, postings

    chars, pairs = postings(list(enumerate(texts)))
    assert pairs == [(i, pairs_tokens(t)) for i, t in enumerate(texts)]
    assert [(i, set(c.split(" "))) for i, c in chars] == [(i, set(chars_tokens(t).split(" "))) for i, t in enumerate(texts)]


@pytest.mark.sqlite_only  # the FTS5 postings of a bulk write
def test_a_bulk_written_text_with_repeated_characters_is_forgotten_when_it_changes(registry, tmp_path):
    """A bulk write posts each character as often as it occurs; the triggers forget a record by its
    distinct characters. Changing the record afterwards must leave none of its old postings behind."""
    registry.register("outgoing", outgoing_request(title="关于龘龘防汛防汛再防汛的通知"))
    path = tmp_path / "登记簿.csv"
    registry.export(path)
    from desktop_app.registry import Registry

    with Registry.open(tmp_path / "imported.sqlite") as other:
        other.import_file(path)  # the bulk path (bulk.py)
        (record_id,) = other.search_ids("龘龘")
        assert other.search_ids("龘") == [record_id] and other.check()["search_index"]["ok"]
        with other.db.conn:
            other.db.conn.execute("UPDATE records SET title = '关于秋季植树的通知' WHERE id = ?", [record_id])
        assert other.search_ids("龘") == [] and other.search_ids("汛") == [] and other.search_ids("植") == [record_id]
        assert other.check()["search_index"]["ok"]
