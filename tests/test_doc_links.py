"""Every link in README.md and docs/ resolves, and every docs page the code names exists."""

import re
from pathlib import Path

from govcheck.terms import glossary_markdown

ROOT = Path(__file__).resolve().parents[1]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
NAMED_PAGE = re.compile(r"\bdocs/[A-Za-z0-9_-]+\.md")


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to dashes."""
    text = re.sub(r"[^\w\- ]", "", heading.strip().lower())
    return text.replace(" ", "-")


def anchors(page: Path) -> set[str]:
    text = page.read_text(encoding="utf-8")
    return {slug(m.group(1)) for m in re.finditer(r"^#+\s+(.*)$", text, re.MULTILINE)}


def links(page: Path):
    text = page.read_text(encoding="utf-8")
    text = re.sub(r"```.*?```", "", text, flags=re.DOTALL)  # examples are not links
    for match in LINK.finditer(text):
        yield match.group(1)


def test_every_markdown_link_resolves():
    broken = []
    for page in PAGES:
        for target in links(page):
            if re.match(r"[a-z]+:", target):
                continue  # http(s), mailto: not fetched in tests
            path, _, anchor = target.partition("#")
            resolved = (page.parent / path).resolve() if path else page
            if not resolved.exists():
                broken.append(f"{page.name}: {target}")
            elif anchor and resolved.suffix == ".md" and anchor not in anchors(resolved):
                broken.append(f"{page.name}: {target} (no such heading)")
    assert not broken


def test_every_docs_page_named_in_code_and_docs_exists():
    named = set()
    for path in [*PAGES, *sorted((ROOT / "govcheck").rglob("*.py"))]:
        named.update(NAMED_PAGE.findall(path.read_text(encoding="utf-8")))
    missing = sorted(name for name in named if not (ROOT / name).is_file())
    assert named and not missing


def test_backticked_pages_in_docs_exist():
    missing = []
    for page in PAGES:
        for name in re.findall(r"`([A-Za-z0-9_/-]+\.md)`", page.read_text(encoding="utf-8")):
            if not ((page.parent / name).is_file() or (ROOT / name).is_file()):
                missing.append(f"{page.name}: {name}")
    assert not missing


def test_glossary_is_generated_from_the_terms():
    assert (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8") == glossary_markdown()
