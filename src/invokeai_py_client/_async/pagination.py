"""Pages of listings the server pages (images, workflows), and auto-paging over them."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any, Generic, TypeVar, cast, overload

T = TypeVar("T")


class AsyncPage(Generic[T]):
    """One page of a listing: iterate, index or ``len()`` its items; ``next_page()`` fetches
    the one after it, and ``async for item in page.auto_paging()`` walks every page from here.

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
        self.items = items
        self.offset = offset
        self.total = total
        self._load = load  # offset -> the page starting there

    def __iter__(self) -> Iterator[T]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        return self.items[index]

    def has_next_page(self) -> bool:
        return bool(self.items) and self.offset + len(self.items) < self.total

    async def next_page(self) -> AsyncPage[T]:
        """The page after this one (an empty page when this is the last)."""
        if not self.has_next_page():
            return AsyncPage(
                [], offset=self.offset + len(self.items), total=self.total, load=self._load
            )
        return cast(AsyncPage[T], await self._load(self.offset + len(self.items)))

    async def auto_paging(self) -> AsyncIterator[T]:
        """Every item from this page on, fetching further pages as needed."""
        page = self
        while True:
            for item in page.items:
                yield item
            if not page.has_next_page():
                return
            page = await page.next_page()

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(offset={self.offset}, items={len(self.items)}, total={self.total})"
