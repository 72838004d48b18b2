"""Boards and the images on them."""

from .handle import UNCATEGORIZED, BoardHandle
from .repository import BoardRepository

__all__ = ["UNCATEGORIZED", "BoardHandle", "BoardRepository"]
