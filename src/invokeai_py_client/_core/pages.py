"""A page of a listing the server pages (images, workflows), I/O-free: its items and where it
sits in the whole listing. The twins' pages add reading the next page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Generic, TypeVar, overload

T = TypeVar("T")


class PageBase(Generic[T]):
    """One page of a listing: iterate, index or ``len()`` its items.

    Attributes:
        items: this page's items.
        offset: position of the first item in the whole listing.
        total: size of the whole listing as the server counted it.
    """

    def __init__(self, items: list[T], *, offset: int, total: int) -> None:
        self.items = items
        self.offset = offset
        self.total = total

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

    def __repr__(self) -> str:
        name = type(self).__name__
        return f"{name}(offset={self.offset}, items={len(self.items)}, total={self.total})"
