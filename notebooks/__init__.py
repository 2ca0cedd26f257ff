"""Researcher notebooks (``NN-*.ipynb``), their shared helpers (``_helpers``) and the runner
that executes them in CI (``python -m notebooks.run [--write]``)."""
