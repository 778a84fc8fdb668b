"""PDF handouts: one per page and language plus a booklet, A4, linked, searchable, with Vazirmatn and a
working QR code, and the same bytes from every build."""

import re
import subprocess
import unicodedata
from xml.etree import ElementTree

import pytest
import yaml
from pypdf import PdfReader

from sitegen.handouts import embedded_fonts
from sitegen.local_format import local_date
from tests import site_under_test
from tests.build.site_pages import LANGUAGES, page_slugs, placed, site_url

A4 = (595.28, 841.89)
# Each language's calendar (mkdocs.yml); local_date's own tests check the conversion.
CALENDARS = {language: site_under_test.setting(language, "calendar") for language in LANGUAGES}
PAGES = [(language, slug) for language in LANGUAGES for slug in page_slugs()]
ROUTINES = {routine["id"]: routine for routine in site_under_test.data("routines")["routines"]}
# The first page that shows routines, the routines it shows, and the page of the quiz.
ROUTINE_PAGE = placed("routine")[0][1]
ROUTINES_SHOWN = [ROUTINES[item] for item, on in placed("routine") if on == ROUTINE_PAGE]
QUIZ_PAGE = placed("quiz")[0][1]


def _name(slug: str) -> str:
    return slug.strip("/") or "index"


def _pdf(site_dir, language, name):
    return site_dir / LANGUAGES[language][0] / "handouts" / f"{name}.pdf"


def _words(text: str) -> str:
    """The words of a text in order, as compared with what pypdf extracts.

    Punctuation and format characters (ZWNJ, bidi marks) are left out, and the digits of each number
    are sorted and kept apart from letters: pypdf writes the letters of right-to-left text in reading order but the digits of a
    number inside it backwards (۲۰۲۶ as ۶۲۰۲).
    """
    text = "".join(char for char in text if unicodedata.category(char) != "Cf")
    text = re.sub(r"-\s+", "-", text)  # a hyphenated word broken at the end of a line ("straight-\nknee")
    text = re.sub(r"\d+", lambda number: f" {''.join(sorted(number.group()))} ", text)
    words = re.sub(r"[^\w\s/-]", " ", text).split()
    return f" {' '.join(words)} "


def _pages(path) -> list[str]:
    """The text of each page, in logical order (pypdf reads Persian in reading order)."""
    return [page.extract_text() for page in PdfReader(path).pages]


def _text(path) -> str:
    return _words("\n".join(_pages(path)))


def _front_matter(language, slug):
    path = site_under_test.root() / "docs" / language / f"{_name(slug)}.md"
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


@pytest.mark.parametrize(("language", "slug"), PAGES)
def test_each_page_has_an_a4_handout_linked_with_its_size(site_dir, language, slug):
    pdf = _pdf(site_dir, language, _name(slug))
    reader = PdfReader(pdf)
    assert 1 <= len(reader.pages) <= 4
    assert [(round(float(p.mediabox.width), 2), round(float(p.mediabox.height), 2)) for p in reader.pages] == [
        A4
    ] * len(reader.pages)
    html = (site_dir / LANGUAGES[language][0] / slug / "index.html").read_text(encoding="utf-8")
    size = re.search(
        rf'href="([^"]*{_name(slug)}\.pdf)" download>.+?</a> \([^<]*(?:<span lang="en" dir="ltr">)?PDF(?:</span>)?[،,] '
        r'<span class="site-handout__size">([^<]+)</span>\)',
        html,
    )
    assert size, "no link to the handout with its size"
    kilobytes = size.group(2).translate(str.maketrans("۰۱۲۳۴۵۶۷۸۹", "0123456789")).split()[0]
    assert int(kilobytes) == round(pdf.stat().st_size / 1024)


@pytest.mark.parametrize(("language", "slug"), PAGES)
def test_handout_text_has_title_disclaimer_and_review_date_in_its_language(site_dir, site_strings, language, slug):
    text = _text(_pdf(site_dir, language, _name(slug)))
    assert _words(_front_matter(language, slug)["title"]) in text
    first_clause = re.split("[،,]", site_strings["disclaimer_text"][language])[0]
    assert _words(first_clause) in text
    assert _words(site_strings["last_reviewed"][language]) in text
    assert _words(local_date(_front_matter(language, slug)["reviewed"], language, CALENDARS[language])) in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_handouts_embed_only_vazirmatn(site_dir, language):
    for pdf in (site_dir / LANGUAGES[language][0] / "handouts").glob("*.pdf"):
        assert embedded_fonts(pdf.read_bytes()) == {"Vazirmatn", "Vazirmatn-Bold"}, pdf


@pytest.mark.parametrize(
    ("language", "slug"),
    [(language, slug) for language in LANGUAGES for slug in (page_slugs()[0], page_slugs()[-1])],
)
def test_the_qr_code_opens_the_page_online(site_dir, tmp_path, language, slug):
    pdf = _pdf(site_dir, language, _name(slug))
    reader = PdfReader(pdf)
    image = tmp_path / "page"
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            "150",
            "-png",
            "-f",
            str(len(reader.pages)),
            "-l",
            str(len(reader.pages)),
            "-singlefile",
            str(pdf),
            str(image),
        ],
        check=True,
    )
    decoded = subprocess.run(["zbarimg", "-q", "--raw", f"{image}.png"], capture_output=True, text=True).stdout.split()
    assert decoded == [f"{site_url()}{LANGUAGES[language][0]}{slug}"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_booklet_has_every_page_in_reading_order_with_contents(site_dir, language):
    text = _text(_pdf(site_dir, language, "booklet"))
    titles = [_words(_front_matter(language, slug)["title"]) for slug in page_slugs()]
    assert all(title in text for title in titles)
    # The contents: the booklet's first page, every title in reading order.
    contents = _words(_pages(_pdf(site_dir, language, "booklet"))[0])
    positions = [contents.find(title) for title in titles]
    assert -1 not in positions and positions == sorted(positions)
    assert len(PdfReader(_pdf(site_dir, language, "booklet")).pages) >= len(page_slugs())


def test_persian_handout_numbers_its_pages_in_persian_digits(site_dir):
    pages = _pages(_pdf(site_dir, "fa", "booklet"))
    digits = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")

    def persian(number) -> str:  # its digits sorted: pypdf reads a number inside Persian text backwards
        return "".join(sorted(str(number).translate(digits)))

    assert len(pages) > 1
    for number, text in enumerate(pages, 1):
        footer = text.strip().splitlines()[-1]
        assert "صفحه" in footer and not re.search("[0-9]", footer)
        assert sorted(map(persian, re.findall("[۰-۹]+", footer))) == sorted([persian(number), persian(len(pages))])


def test_routine_cards_print_as_steps_and_the_quiz_as_its_care_table(site_dir, site_strings):
    exercises = _text(_pdf(site_dir, "en", _name(ROUTINE_PAGE)))
    assert _words(site_strings["timer_title"]["en"]) not in exercises
    assert _words(site_strings["timer_reset"]["en"]) not in exercises
    assert all(_words(routine["steps"][0]["en"]) in exercises for routine in ROUTINES_SHOWN)
    quiz = _text(_pdf(site_dir, "en", _name(QUIZ_PAGE)))
    first_question = site_under_test.data(f"quizzes/{placed('quiz')[0][0]}")["questions"][0]
    assert _words(site_strings["quiz_care_table"]["en"]) in quiz
    assert _words(first_question["text"]["en"]) not in quiz


def test_numbered_steps_count_in_the_language_digits(site_dir):
    """List numbers are drawn, not text: pypdf leaves them out, pdftotext (poppler) reads them."""

    def lines(language):
        text = subprocess.run(
            ["pdftotext", "-layout", str(_pdf(site_dir, language, _name(ROUTINE_PAGE))), "-"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        return [
            "".join(char for char in line if unicodedata.category(char) != "Cf").strip() for line in text.splitlines()
        ]

    assert [line for line in lines("en") if re.match(r"[1-9]\. ", line)]
    persian = lines("fa")
    # pdftotext writes a right-to-left line's marker first, its dot before the digit: ".۱بنشینید".
    steps = sum(len(routine["steps"]) for routine in ROUTINES_SHOWN)
    assert len([line for line in persian if re.match(r"\.[۱-۹]", line)]) >= steps
    assert [line for line in persian if re.match(r"\.[1-9](?!\d)|[1-9]\.\s", line)] == []


# Tagged PDF (PDF/UA-1): what a screen reader gets.
PDFUA_ID = "http://www.aiim.org/pdfua/ns/id/"
STRUCTURE = {"/H1", "/H2", "/H3", "/H4", "/L", "/Table", "/TH", "/Figure", "/Caption"}


def _structure(reader: PdfReader) -> list[tuple[str, str | None]]:
    """The structure elements of interest in reading order, with a figure's alternative text."""
    found = []

    def walk(node):
        node = node.get_object()
        if not isinstance(node, dict):
            return
        kind = str(node.get("/S", ""))
        if kind in STRUCTURE:
            found.append((kind, str(node["/Alt"]) if "/Alt" in node else None))
        kids = node.get("/K", [])
        for kid in kids if isinstance(kids, list) else [kids]:
            walk(kid)

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    return found


def _markdown_structure(language: str, slug: str) -> list[str]:
    """The headings, lists and tables of a page's Markdown, in order, as PDF structure types."""
    body = (
        (site_under_test.root() / "docs" / language / f"{_name(slug)}.md")
        .read_text(encoding="utf-8")
        .split("---\n", 2)[2]
    )
    kinds, previous = [], ""
    for line in body.splitlines():
        if heading := re.match(r"(#+) ", line):
            kinds.append(f"/H{len(heading.group(1))}")
        elif re.match(r"(?:[-*]|\d+\.) ", line) and not re.match(r"(?:[-*]|\d+\.) |\s", previous):
            kinds.append("/L")
        elif line.startswith("|") and not previous.startswith("|"):
            kinds.append("/Table")
        previous = line if line.strip() else ""
    return kinds


@pytest.mark.parametrize(
    ("language", "name"),
    [(language, _name(slug)) for language in LANGUAGES for slug in page_slugs()]
    + [(language, "booklet") for language in LANGUAGES],
)
def test_every_handout_is_tagged_with_its_language_and_title(site_dir, language, name):
    reader = PdfReader(_pdf(site_dir, language, name))
    catalog = reader.trailer["/Root"]
    assert bool(catalog["/MarkInfo"]["/Marked"]) and "/StructTreeRoot" in catalog
    assert catalog["/Lang"] == language
    assert bool(catalog["/ViewerPreferences"]["/DisplayDocTitle"])
    config = yaml.safe_load((site_under_test.root() / "mkdocs.yml").read_text(encoding="utf-8"))
    site_names = {
        language["locale"]: language.get("site_name", config["site_name"])
        for language in config["plugins"]["i18n"]["languages"]
    }
    title = site_names[language] if name == "booklet" else _front_matter(language, f"{name}/")["title"]
    assert reader.metadata.title == title
    xmp = ElementTree.fromstring(reader.xmp_metadata.stream.get_data())
    parts = [element.get(f"{{{PDFUA_ID}}}part") for element in xmp.iter() if element.get(f"{{{PDFUA_ID}}}part")]
    assert parts == ["1"]  # PDF/UA-1, declared in the XMP metadata


# Pages without components: their handout is their Markdown's structure alone.
PLAIN_PAGES = [
    slug for slug in page_slugs() if slug not in {on for kind in ("routine", "quiz") for _, on in placed(kind)}
]


@pytest.mark.parametrize(
    ("language", "slug"), [(next(iter(LANGUAGES)), PLAIN_PAGES[-1]), (list(LANGUAGES)[-1], PLAIN_PAGES[0])]
)
def test_a_handout_reads_as_its_page_heading_by_heading_then_sources_and_qr_code(
    site_dir, site_strings, language, slug
):
    found = _structure(PdfReader(_pdf(site_dir, language, _name(slug))))
    url = f"{site_url()}{LANGUAGES[language][0]}{slug}"
    qr = site_strings["handout_qr"][language].replace("{url}", url)
    body = [kind for kind, _ in found if kind in {"/H1", "/H2", "/H3", "/L", "/Table"}]
    assert body == _markdown_structure(language, slug) + ["/L"]  # the page, then its list of sources
    assert ("/Figure", qr) in found and found[-1] == ("/Caption", None)
    if "/Table" in body:
        assert ("/TH", None) in found


def test_every_drawing_in_the_exercises_handout_has_its_alternative_text(site_dir, site_strings):
    figures = [
        alt for kind, alt in _structure(PdfReader(_pdf(site_dir, "en", _name(ROUTINE_PAGE)))) if kind == "/Figure"
    ]
    routines = [routine for routine in ROUTINES_SHOWN if "drawing" in routine]
    drawing = site_strings["routine_drawing"]["en"]
    assert figures[: len(routines)] == [drawing.replace("{title}", routine["title"]["en"]) for routine in routines]
    assert all(figures)


@pytest.mark.parametrize(("language", "slug"), PAGES)
def test_the_review_box_never_stands_alone_on_the_last_page(site_dir, site_strings, language, slug):
    last = _pages(_pdf(site_dir, language, _name(slug)))[-1]
    above = last.split(site_strings["last_reviewed"][language].rstrip(":"))[0]
    assert _words(above).split(), f"the last page of {language}/{_name(slug)} holds only the review box"
