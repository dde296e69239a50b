"""Every interface text exists in Dutch and English, and pages use the catalogue."""
import json
import re
from pathlib import Path

import pytest

from core.i18n import LANGUAGES, TEXTS, t
from tests.apptest import assert_clean, open_page

ROOT = Path(__file__).resolve().parent.parent


def test_every_text_has_every_language():
    missing = [(k, lang) for k, v in TEXTS.items() for lang in LANGUAGES if not v.get(lang)]
    assert missing == []


def test_placeholders_match_between_languages():
    for key, v in TEXTS.items():
        fields = {lang: set(re.findall(r"{(\w+)}", v[lang])) for lang in LANGUAGES}
        assert fields["nl"] == fields["en"], key


def test_every_key_used_in_code_exists():
    used = set()
    for path in [*ROOT.glob("views/*.py"), *ROOT.glob("core/**/*.py"), ROOT / "app.py"]:
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_]+\.[a-z_.0-9]+)["']""", path.read_text()))
    assert used, "expected pages to use the text catalogue"
    assert sorted(k for k in used if k not in TEXTS) == []


def _catalogue_uses() -> tuple[set[str], dict[str, str]]:
    """Every key the code names: literal keys anywhere (some travel in dicts before reaching t),
    and the patterns of keys built at run time in calls of t or plural (f"dim.{m}": `dim\\.[…]+`),
    each with where it is."""
    import ast
    literal = re.compile(r"^[a-z_0-9]+\.[A-Za-z_.0-9]+$")
    static: set[str] = set()
    patterns: dict[str, str] = {}

    def pattern(node) -> list[str]:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return [re.escape(node.value)]
        if isinstance(node, ast.JoinedStr):
            return ["".join(re.escape(v.value) if isinstance(v, ast.Constant) else "[A-Za-z_0-9.]+" for v in node.values)]
        if isinstance(node, ast.IfExp):
            return pattern(node.body) + pattern(node.orelse)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):  # "a." + b, f"a.{b}" + ("_x" if c else "")
            return [a + b for a in pattern(node.left) or ["[A-Za-z_0-9.]+"] for b in pattern(node.right) or ["[A-Za-z_0-9.]+"]]
        return []

    for path in [*ROOT.glob("views/*.py"), *ROOT.glob("core/**/*.py"), ROOT / "app.py"]:
        if path.name == "i18n.py":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and literal.match(node.value):
                static.add(node.value)
            elif isinstance(node, ast.Call) and node.args and (
                    getattr(node.func, "id", None) in ("t", "plural") or getattr(node.func, "attr", None) in ("t", "plural")):
                for rx in pattern(node.args[0]):
                    if "[A-Za-z" not in rx:  # put together from literals only
                        static.add(re.sub(r"\\(.)", r"\1", rx))
                    elif not rx.startswith("["):  # built at run time, from a known prefix
                        patterns[rx] = f"{path.relative_to(ROOT)}:{node.lineno}"
    return static, patterns


def test_every_key_built_at_run_time_can_exist():
    """A key built from a value (f"dim.{m}") has a family in the catalogue: a typo in its prefix
    would show the key itself on a page."""
    _, patterns = _catalogue_uses()
    assert len(patterns) > 30
    assert [where for rx, where in patterns.items() if not any(re.fullmatch(rx, k) for k in TEXTS)] == []


def test_no_key_is_dead():
    """Every text in the catalogue is used: by name, by a pattern built at run time, or as the
    singular/plural pair of a `plural` key."""
    static, patterns = _catalogue_uses()
    compiled = [re.compile(rx) for rx in patterns]
    dead = [k for k in TEXTS if k not in static and not any(c.fullmatch(k) for c in compiled)
            and not (k.endswith((".one", ".other")) and k.rsplit(".", 1)[0] in static)]
    assert dead == []


def test_plural_forms_come_in_pairs_and_nothing_fakes_one():
    """"1 wijk / 2 wijken" is the catalogue's job: every .one has its .other, and no text writes
    "wijk(en)" or "area(s)"."""
    ones = {k.removesuffix(".one") for k in TEXTS if k.endswith(".one")}
    assert ones and all(f"{k}.other" in TEXTS for k in ones)
    faked = [k for k, v in TEXTS.items() for lang in LANGUAGES if re.search(r"\w\((en|n|s|e)\)", v[lang])]
    assert faked == []


def test_unknown_key_shows_itself():
    assert t("no.such.key") == "no.such.key"
    assert t("nav.kaart", "xx") == TEXTS["nav.kaart"]["nl"]


def test_every_page_is_described_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    app = (ROOT / "app.py").read_text()
    paths = re.findall(r'url_path="(\w+)"', app)
    assert len(paths) == 7
    for path in paths:
        shown = "`/`" if path == "start" else f"`/{path}"
        assert shown in readme, f"page {path} is not described in the README"


DUTCH_WORDS = re.compile(r"\b(het|niet|wordt|zijn|voor|huishoudens|gemiddelde|waarvan|klasse|berekening|postcodegebied)\b",
                         re.IGNORECASE)


@pytest.mark.parametrize("page, params", [
    ("start", {}), ("vergelijk", {}), ("kaart", {}), ("signalen", {}), ("themas", {}), ("over", {}),
    ("buurt", {"area": "PC4-3072"}), ("buurt", {"area": "BU07430101"}),
    ("themas", {"ind": "health_anxiety_depression", "level": "buurt"}),
    ("buurt", {"area": "WK036300"}), ("kaart", {"level": "wijk"}), ("signalen", {"level": "wijk", "section": "up"}),
    ("signalen", {"section": "ew"}), ("vergelijk", {"section": "ranking"}), ("vergelijk", {"section": "groups"}),
    ("buurt", {"area": "GM0363"}),
])
def test_english_pages_show_no_dutch(app_db, real_con, page, params):
    """Everything the interface itself says (not area names) is English on an English page."""
    place_names = sorted((r[0] for r in real_con.execute(
        "SELECT DISTINCT name FROM areas WHERE level = 'gemeente'").fetchall()), key=len, reverse=True)
    at = open_page(page, {**params, "lang": "en"})
    assert_clean(at)
    said = []
    for kind in ("title", "subheader", "markdown", "caption", "info", "warning", "metric"):
        for el in getattr(at, kind):
            said.append(str(getattr(el, "label", "") or "") + " " + str(el.value))
    for table in at.table:
        said.extend(str(c) for c in table.value.columns)
    for frame in at.dataframe:
        said.extend(str(c) for c in frame.value.columns)
    for chart in at.get("plotly_chart"):  # titles, subtitles, source footers, axis titles
        layout = json.loads(chart.proto.spec)["layout"]
        said.append(json.dumps({k: layout.get(k) for k in ("title", "annotations", "xaxis", "yaxis")}))
    text = "\n".join(said)
    for name in place_names:  # "Het Hogeland" is a name, not Dutch prose
        text = text.replace(name, "")
    found = sorted({m.group(0).lower() for m in DUTCH_WORDS.finditer(text)})
    assert found == [], found


def test_numbers_follow_the_language(app_db):
    from tests.independent import households_in_weak_buurten_2024
    weak = round(households_in_weak_buurten_2024())  # recomputed from the source files, not typed in
    nl, en = open_page("start"), open_page("start", {"lang": "en"})
    metric = "Huishoudens in buurten zwak of lager"
    assert next(m.value for m in nl.metric if m.label == metric) == f"{weak:,}".replace(",", ".")
    assert any(m.value == f"{weak:,}" for m in en.metric)
    assert any("9,2%" in m.value for m in nl.markdown) and any("9.2%" in m.value for m in en.markdown)


@pytest.mark.parametrize("lang, expected, foreign", [
    ("nl", "gepubliceerd totaal waar het uittreksel het heeft", "published total"),
    ("en", "published total where the extract has it", "gepubliceerd totaal"),
])
def test_source_titles_speak_the_readers_language(app_db, lang, expected, foreign):
    at = open_page("themas", {"ind": "crime_per_1000", "level": "buurt", "lang": lang})
    assert_clean(at)
    captions = " ".join(c.value for c in at.caption)
    assert expected in captions and foreign not in captions


def test_every_source_has_a_dutch_and_an_english_title(real_con):
    import json
    manifest = json.loads((ROOT / "data" / "sources.json").read_text(encoding="utf-8"))
    rows = real_con.execute("SELECT source_id, title, title_en FROM sources").fetchall()
    assert len(rows) == len(manifest["sources"]) >= 17
    assert all(nl and en for _, nl, en in rows)
    assert sum(nl != en for _, nl, en in rows) >= 10  # translated, not copied


def test_plurals_are_real_words_in_both_languages():
    """Issue 29: no "(n)", "(en)", "(s)" faking a plural; every singular has its plural."""
    from core.i18n import plural
    faked = [k for k, v in TEXTS.items() for lang in LANGUAGES if re.search(r"[a-z]\((?:n|en|s|e)\)", v[lang])]
    assert faked == []
    for key in (k for k in TEXTS if k.endswith(".one")):
        assert key[:-4] + ".other" in TEXTS, key
    assert plural("present.queued", 1, "nl") == "1 weergave in de presentatie."
    assert plural("present.queued", 3, "en") == "3 views in the presentation."


def test_the_language_switch_speaks_the_new_language_in_the_run_it_starts(app_db):
    """Its own label followed one run late ("Taal" on an English page; a stranger's walk)."""
    from tests.apptest import open_page
    at = open_page("vergelijk")
    assert at.button_group(key="lang_choice").label == "Taal"
    at.button_group(key="lang_choice").set_value("en").run()
    assert at.button_group(key="lang_choice").label == "Language" and at.title[0].value == "Compare municipalities"
