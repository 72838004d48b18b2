"""The original client's module path ``board.board_model`` (its 1.1.1 layout), kept so that
its users' imports work: it re-exports this client's objects, documented where they live;
the original's names of them are aliases (see "Differences from the original client")."""

from invokeai_api.models import BoardDTO

Board = BoardDTO

__all__ = ["Board"]
