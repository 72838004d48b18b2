# Generated from _async/pagination.py by scripts/unasync.py: do not edit by hand.
"""Pages of listings the server pages (images, workflows), and auto-paging over them."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any, TypeVar, cast

from .._core.pages import PageBase

T = TypeVar("T")


class Page(PageBase[T]):
    """One page of a listing: iterate, index or ``len()`` its items; ``next_page()`` fetches
    the one after it, and ``for item in page.auto_paging()`` walks every page from here.

    Attributes:
        items: this page's items.
        offset: position of the first item in the whole listing.
        total: size of the whole listing as the server counted it.
    """

    def __init__(
        self,
        items: list[T],
        *,
        offset: int,
        total: int,
        load: Callable[[int], Any],
    ) -> None:
        super().__init__(items, offset=offset, total=total)
        self._load = load  # offset -> the page starting there

    def next_page(self) -> Page[T] | None:
        """The page after this one, or None when this is the last, so that
        ``while page is not None: ...; page = page.next_page()`` ends."""
        if not self.has_next_page():
            return None
        return cast(Page[T], self._load(self.offset + len(self.items)))

    def auto_paging(self) -> Iterator[T]:
        """Every item from this page on, fetching further pages as needed."""
        page = self
        while True:
            for item in page.items:
                yield item
            following = page.next_page()
            if following is None:
                return
            page = following
