"""Medical governance of a page: its review dates and its sources, from the page's front matter."""

import os
from dataclasses import dataclass
from datetime import date

from sitegen.errors import SiteDataError
from sitegen.sources import SOURCES_FILE, Source

TODAY_VARIABLE = "SITE_TODAY"


@dataclass(frozen=True)
class Governance:
    """When a page was reviewed, when it must be reviewed again, and what it draws on."""

    reviewed: date
    next_review: date
    sources: tuple[Source, ...]

    def is_overdue(self, today: date) -> bool:
        """Whether the page's next review date has passed."""
        return today > self.next_review


def page_governance(meta: dict, page_path: str, sources: dict[str, Source], today: date) -> Governance:
    """Read and check a page's governance fields, reporting every problem at once.

    Args:
        meta: The page's front matter.
        page_path: The page as it should appear in messages (``docs/fa/causes.md``).
        sources: Every known source by id.
        today: The day of the build: a page cannot have been reviewed after it.

    Returns:
        The page's review dates and sources.

    Raises:
        SiteDataError: If a field is missing or malformed, or a source id is unknown.
    """
    problems = [
        f"{page_path}: {name}: field required (non-empty text)"
        for name in ("title", "description")
        if not isinstance(meta.get(name), str) or not meta[name].strip()
    ]
    reviewed, next_review = (_date(meta, name, page_path, problems) for name in ("reviewed", "next_review"))
    if reviewed and reviewed > today:
        problems.append(
            f"{page_path}: reviewed: {reviewed.isoformat()} is in the future (today is {today.isoformat()})"
        )
    if reviewed and next_review and next_review <= reviewed:
        problems.append(f"{page_path}: next_review: must be after reviewed ({reviewed.isoformat()})")
    cited = meta.get("sources")
    if not isinstance(cited, list) or not cited:
        problems.append(f"{page_path}: sources: field required (a list of ids from {SOURCES_FILE})")
        cited = []
    problems += [
        f"{page_path}: sources[{index}]: unknown source {source_id!r} (not in {SOURCES_FILE})"
        for index, source_id in enumerate(cited)
        if not isinstance(source_id, str) or source_id not in sources
    ]
    if problems:
        raise SiteDataError(problems)
    return Governance(reviewed, next_review, tuple(sources[source_id] for source_id in cited))


def review_today() -> date:
    """The date reviews are checked against: today, or the ISO date in ``SITE_TODAY`` (for tests).

    Raises:
        ValueError: If ``SITE_TODAY`` is set but is not a date.
    """
    value = os.environ.get(TODAY_VARIABLE)
    if not value:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError as error:
        raise ValueError(f"{TODAY_VARIABLE}: expected a date YYYY-MM-DD, got {value!r}") from error


def _date(meta: dict, name: str, page_path: str, problems: list[str]) -> date | None:
    value = meta.get(name)
    if value is None:
        problems.append(f"{page_path}: {name}: field required (a date YYYY-MM-DD)")
    elif not isinstance(value, date):
        problems.append(f"{page_path}: {name}: expected a date YYYY-MM-DD, got {value!r}")
    else:
        return value
    return None
