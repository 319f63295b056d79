"""The same search on both engines: one registry as a file and, copied by migrate-to, on the server; every
query — one character, two, longer, numbers, ASCII, `%` and `_`, with each filter and a limit — gives the
same ids in the same order and the same count (docs/registry.md "Two engines")."""
from __future__ import annotations

import random

import pytest

from desktop_app.registry import Registry
from desktop_app.registry.migrate_to import migrate_to
from tests.registry.helpers import incoming_request
from tests.registry.test_search import ODD_TITLES, QUERY_CLASSES

FILTERS = [{}, {"kind": "incoming"}, {"kind": "outgoing", "year": 2024}, {"status": "numbered"},
           {"overdue": True}, {"overdue": False, "kind": "incoming"}]


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    from tests import pg

    if not pg.URL:
        pytest.skip(pg.SKIP_REASON)
    folder = tmp_path_factory.mktemp("engines")
    file = Registry.open(folder / "docroute.sqlite", auto_backup=False)
    file.demo(1500)
    file.register("incoming", {**incoming_request(), "title": "含有%和_的标题：防汛 ABC-12"})
    for title in ODD_TITLES:  # the characters SQLite's postings code treats specially (search_index.py)
        file.register("incoming", {**incoming_request(), "title": title})
    url = pg.new_database()
    migrate_to(file, url, None)
    server = Registry.open(url, auto_backup=False)
    yield file, server
    server.close()
    file.close()
    pg.drop_database(url)


def _queries(file) -> list[str]:
    rng = random.Random(15)
    titles = [t for (t,) in file.db.conn.execute("SELECT title FROM records ORDER BY id")]
    picked = ["", "防", "汛", "防汛", "关于", "通知", "冰雹", "冰雹灾害", "防汛抗旱", "工作情况", "关于防汛", "托政发",
              "〔2024〕", "2号", "%", "_", "%和_", "abc", "ABC-1", "ｂｃ", "县教育局", "不存在的词语", "雹",
              *(text for texts in QUERY_CLASSES.values() for text in texts)]
    for _ in range(40):
        title = rng.choice(titles)
        start = rng.randrange(len(title))
        picked.append(title[start:start + rng.choice((1, 2, 3, 5))])
    return picked


def test_every_query_gives_the_same_ids_in_the_same_order_on_both_engines(both):
    file, server = both
    for query in _queries(file):
        for filters in FILTERS:
            for limit in (None, 50, 1):
                assert server.search_ids(query, limit=limit, **filters) == file.search_ids(query, limit=limit, **filters), \
                    (query, filters, limit)
            assert server.count(query, **filters) == file.count(query, **filters), (query, filters)


def test_the_office_query_statistics_and_due_list_agree_on_both_engines(both):
    from desktop_app.registry.query import Query

    file, server = both
    for given in ({"text": "防汛", "kind": "outgoing"}, {"kind": "incoming", "date_from": "2023-01-01", "date_to": "2023-06-30"},
                  {"text": "托政发〔2024〕", "doc_type": "通知"}, {"department": "县教育局", "overdue": False},
                  {"signer": "exec", "series": "托政发"}):
        query = Query.parse(**given)
        assert server.query.ids(query, limit=50) == file.query.ids(query, limit=50), given
        assert server.query.count(query) == file.query.count(query), given
    assert server.query.by_number("托政发〔2024〕3号") == file.query.by_number("托政发〔2024〕3号")
    for year in (2023, 2024):
        assert server.stats.year(year, on="2026-12-01") == file.stats.year(year, on="2026-12-01")
    assert server.due.to_json("2026-12-01") == file.due.to_json("2026-12-01")
