"""Themes in Chromium: each theme draws; bad uploads get a clear message."""
from __future__ import annotations

import pytest

from devtools.browser import problems_on, screenshot, wait_rendered


# Crime against a dimension at buurt level (the heaviest view) is drawn in presenter mode
# (tests/test_browser.py) and against the total in both languages (tests/test_browser_accessibility.py).
@pytest.mark.parametrize("query, name", [
    ("?ind=edu_low_share&level=gemeente", "themas-education"),
    ("?ind=green_share&lang=en", "themas-green-en"),
])
def test_theme_draws(server, browser, query, name):
    page = browser.new_page(viewport={"width": 1400, "height": 2000})
    page.goto(f"{server}/themas{query}")
    wait_rendered(page)
    assert page.locator(".stPlotlyChart").count() == 2
    assert problems_on(page) == []
    screenshot(page, name)
    page.close()


def open_own_indicator(page, server) -> None:
    """Thema's in English with 'Own indicator' chosen: the file box is there. It opens at gemeente
    level, as cheap a view to leave as there is (the buurt scatter is drawn in other tests)."""
    page.goto(f"{server}/themas?lang=en&ind=crime_per_1000&level=gemeente")
    wait_rendered(page)
    page.locator('[data-testid="stSelectbox"]').first.click()
    page.locator('[role="option"]', has_text="Own indicator").click()
    page.locator('[data-testid="stFileUploader"] input[type="file"]').wait_for(state="attached", timeout=90000)
    wait_rendered(page)


def send(page, name: str, data: bytes, expect: str, tmp_path=None) -> str:
    """Put a file in the box and wait for `expect` to appear, as a user waits for the message
    (a fast rerun can start and end between two polls)."""
    target = page.locator('[data-testid="stFileUploader"] input[type="file"]')
    if tmp_path is not None:  # Playwright passes big files by path only
        path = tmp_path / name
        path.write_bytes(data)
        target.set_input_files(str(path))
    else:
        target.set_input_files(files=[{"name": name, "mimeType": "text/csv", "buffer": data}])
    page.get_by_text(expect).first.wait_for(timeout=90000)
    wait_rendered(page)
    return page.inner_text("body")


def upload(page, server, name: str, data: bytes, expect: str, tmp_path=None) -> str:
    open_own_indicator(page, server)
    return send(page, name, data, expect, tmp_path)


BAD_FILES = [  # each with a message of its own, so the next message proves the next file was read
    ("empty.csv", b"", "The file is empty"),
    ("wrong.csv", b"naam,waarde\nAmsterdam,1\n", "No column with area codes"),
    ("binary.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 50, "not a text (CSV) file"),
]


def test_bad_uploads_get_a_message(server, browser, tmp_path):
    """One visit, one file after another, as a person tries again: each gets its own message,
    shown as the error (not words of the help text); a file over the limit is refused by the
    widget before any upload (server.maxUploadSize = 10)."""
    page = browser.new_page(viewport={"width": 1400, "height": 1400})
    try:
        open_own_indicator(page, server)
        for name, data, message in BAD_FILES:
            send(page, name, data, message)
            assert message in " ".join(page.locator('[data-testid="stAlert"]').all_inner_texts()), name
            assert page.locator(".stPlotlyChart").count() == 0 and problems_on(page) == [], name
            screenshot(page, f"themas-upload-{name.split('.')[0]}")
        huge = b"code,value\n" + b"GM0363,1\n" * (50 * 1024 * 1024 // 9)
        send(page, "huge.csv", huge, "File must be 10.0MB or smaller", tmp_path)
        assert "File must be 10.0MB or smaller" in page.locator('[data-testid="stFileUploader"]').inner_text()
        assert page.locator(".stPlotlyChart").count() == 0 and problems_on(page) == []
        screenshot(page, "themas-upload-huge")
    finally:
        page.close()


def test_good_upload_draws(server, browser):
    page = browser.new_page(viewport={"width": 1400, "height": 2000})
    data = "code,value\n" + "\n".join(f"GM{c},{i}" for i, c in enumerate(
        ["0363", "0599", "0518", "0344", "0014", "0034", "0037", "0047"])) + "\n"
    body = upload(page, server, "mine.csv", data.encode(), "8 values read")
    assert "8 values read" in body
    assert page.locator(".stPlotlyChart").count() == 2
    screenshot(page, "themas-upload-good")
    page.close()


@pytest.mark.parametrize("name, data, expect", [
    # A header that is Markdown: the "no code column" message lists the columns.
    ("headers.csv", b"![i](https://evil.example/h.png),[x](https://evil.example/x)\n1,2\n", "No column with area codes"),
    # Codes that are Markdown: the "unknown codes" warning lists them; the file's name is Markdown
    # too, and shows in the source line and in the chart's footer.
    ("![f](https:evil.example) `x` $y$ :red[z].csv",
     b"code,value\nGM0363,1\nGM0599,2\nGM0518,3\nGM0344,4\nGM0014,5\nGM0034,6\n"
     b"![c](https://evil.example/c.png),7\n<img src=https://evil.example/t.png>,8\n", "Unknown codes"),
])
def test_an_uploaded_file_is_text_never_markup(server, browser, name, data, expect):
    """Issue 27: file names, headers and values of an upload are shown as the words they are."""
    page = browser.new_page(viewport={"width": 1400, "height": 1400})
    outside: list[str] = []
    page.on("request", lambda r: outside.append(r.url) if not r.url.startswith((server, "data:", "blob:")) else None)
    try:
        body = upload(page, server, name, data, expect)
        assert "evil.example" in body.lower().replace("\u2060", "")  # the words are there, as text
        made = page.locator('a[href*="evil" i], img[src*="evil" i], [data-testid="stMarkdown"] img, .katex')
        assert made.count() == 0, made.first.evaluate("e => e.outerHTML")
        assert not [c for c in page.locator("code").all_inner_texts() if "evil" in c.lower()]
        assert outside == []
        if expect == "Unknown codes":
            assert page.locator(".stPlotlyChart").count() == 2
            source = [c for c in page.locator('[data-testid="stCaptionContainer"]').all_inner_texts() if c.startswith("Indicator:")]
            assert "$y$ :red[z]" in source[0].replace("\u2060", ""), source
        assert problems_on(page) == []
    finally:
        page.close()
