"""Every article a rule table cites is really applied by the engine: a small corpus of requests, one
per rule, together cites each of them (and each is tested in the per-kind tests)."""
from desktop_app.rules.engine import route_json
from tests.rules import helpers as h
from tests.rules.test_articles import _cited
from desktop_app.rules.tables import table

CORPUS = [
    h.outgoing(cosign_departments=["县财政局"]),                        # 第六十二、六十四条
    h.outgoing(scope="major", normative=True, date="2026-12-02"),       # 第五、二十二、二十六、二十七、三十七条
    h.outgoing(classification="秘密", publicity="主动公开"),             # 第三十五条
    h.outgoing(direction="upward", doc_type="请示", main_recipients=["甲", "乙"]),  # 第六十一条
    h.incoming(major=True, sender="某镇人民政府"),                       # 第六十三、六十五条
    h.minutes(meeting_date="2026-12-28"),                              # 第五十五条
    h.seal(purpose="introduction_letter", take_out=True),              # 第七十、七十二条
    h.seal(blank=True),                                                 # 第七十一条
    h.seal(seal="county_office", date="2026-12-02"),                    # 第六十九条
    h.contract(),                                                       # 第二十三、二十四条
]


def test_the_corpus_cites_every_article_the_tables_cite(org_json):
    org_json["absences"].append({"person": "d2", "from": "2026-11-27", "to": "2026-11-27"})
    applied = set()
    for request in CORPUS:
        applied |= set(route_json(request, org_json)["basis"])
    tables = ("outgoing", "incoming", "minutes", "seals", "contracts", "findings")
    in_tables = set().union(*(_cited(table(name)) for name in tables))
    assert in_tables <= applied, sorted(in_tables - applied)
