"""Start tags of an HTML page, for tests that check what markup a report contains."""

from html.parser import HTMLParser


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.seen = []

    def handle_starttag(self, tag, attrs):
        self.seen.append((tag, dict(attrs)))


def start_tags(html: str) -> list[tuple[str, dict]]:
    """(tag, attributes) of every start tag, in order."""
    parser = _Tags()
    parser.feed(html)
    return parser.seen
