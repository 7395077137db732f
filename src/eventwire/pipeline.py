"""Named, registered pipeline stages and the per-article runner.

A stage is a function ``(article, resources) -> None`` that fills fields of the article. It is
registered with what it needs and what it fills (``requires``/``assigns``, as spaCy's
factories are), so the runner can check an order and name the stage that failed. Everything up
to the resolution of dates and places is a pure function of one article plus read-only
resources, so it can run on worker processes or a distributed engine.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from eventwire.model import Article

StageFunction = Callable[[Article, "Resources"], None]


@dataclass
class Resources:
    """Read-only knowledge shared by the stages: lexicons, gazetteer, options.

    Each resource is loaded on first use and cached here, so a worker process pays the load
    once. ``options`` holds user settings such as extra actor or pattern files.
    """

    options: dict[str, Any] = field(default_factory=dict)
    _cache: dict[str, Any] = field(default_factory=dict, repr=False)

    def get(self, name: str, load: Callable[[], Any]) -> Any:
        """The resource called ``name``, loading it with ``load`` the first time."""
        if name not in self._cache:
            self._cache[name] = load()
        return self._cache[name]


@dataclass(frozen=True)
class Stage:
    name: str
    function: StageFunction
    requires: tuple[str, ...]
    assigns: tuple[str, ...]


class StageFailed(Exception):
    """A stage raised on one article; carries the stage name, the article id and the reason.

    Only strings travel in ``args`` so that the error pickles across worker processes.
    """

    def __init__(self, stage: str, doc_id: str, reason: str):
        super().__init__(stage, doc_id, reason)
        self.stage = stage
        self.doc_id = doc_id
        self.reason = reason

    def __str__(self) -> str:
        return f"stage '{self.stage}' failed on article '{self.doc_id}': {self.reason}"


class UnknownStage(KeyError):
    def __str__(self) -> str:
        return f"no stage named {self.args[0]!r}; registered: {', '.join(REGISTRY)}"


REGISTRY: dict[str, Stage] = {}


def stage(
    name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()
) -> Callable[[StageFunction], StageFunction]:
    """Register a per-article stage under ``name``."""

    def register(function: StageFunction) -> StageFunction:
        REGISTRY[name] = Stage(name, function, tuple(requires), tuple(assigns))
        return function

    return register


def check_order(names: Iterable[str], provided: Iterable[str] = ("raw",)) -> list[Stage]:
    """The stages called ``names``, checked so that each one's requirements come earlier."""
    available = set(provided)
    stages = []
    for name in names:
        if name not in REGISTRY:
            raise UnknownStage(name)
        current = REGISTRY[name]
        missing = [need for need in current.requires if need not in available]
        if missing:
            raise ValueError(f"stage '{name}' needs {missing} which no earlier stage assigns")
        available.update(current.assigns)
        stages.append(current)
    return stages


def run_stages(article: Article, stages: Iterable[Stage], resources: Resources) -> Article:
    """Run ``stages`` on ``article`` in order; a rejected article skips the rest.

    Raises:
        StageFailed: naming the stage and the article when a stage raises.
    """
    for current in stages:
        if article.rejected is not None:
            break
        try:
            current.function(article, resources)
        except Exception as error:  # noqa: BLE001 - re-raised with the stage named
            raise StageFailed(
                current.name, article.id, f"{type(error).__name__}: {error}"
            ) from error
    return article
