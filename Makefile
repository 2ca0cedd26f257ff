# Two commands do all the setup: `make run` and `make test`. Each creates .venv by itself.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
PY     := $(VENV)/bin/python
UV     := $(VENV)/bin/uv
# Packages are installed with uv (from the package index, put into the venv by pip once): it
# resolves and links from its cache in seconds where pip takes minutes. The venv is made without
# pip (ensurepip alone takes longer than uv's whole install); the outer pip puts uv into it, or,
# without an outer pip, the venv's own. uv reads no pip.conf, so a local wheel directory named by
# PIP_FIND_LINKS is passed on. With a warm cache, an offline install is tried first: it skips
# asking the index about every package again (6 s instead of 24 s here); else uv goes online.
PIP    := $(UV) pip install --python $(PY) -q $(if $(PIP_FIND_LINKS),--find-links $(PIP_FIND_LINKS))
HOST   ?= 127.0.0.1
PORT   ?= 8000
DATA   ?= data
# The CPU build of torch; a bare `torch` requirement would pull a multi-GB CUDA build.
TORCH  ?= torch==2.13.0

.PHONY: run test lint build notebooks bench system-deps clean

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv --without-pip $(VENV)
	test -x $(UV) || $(PYTHON) -m pip --python $(PY) install --disable-pip-version-check -q uv \
	  || { $(PY) -m ensurepip -q && $(PY) -m pip install --disable-pip-version-check -q uv; }
	$(PIP) --offline -e . 2>/dev/null || $(PIP) -e .
	touch $@

# torch through pip: uv reads no pip.conf, and a machine's CPU wheel of torch may lie only where
# pip.conf points (find-links); uv would fetch a CUDA build of several GB instead.
$(VENV)/.installed-test: pyproject.toml $(VENV)/.installed
	$(PYTHON) -m pip --python $(PY) install --disable-pip-version-check -q "$(TORCH)" || $(PIP) "$(TORCH)"
	$(PIP) -e ".[test]"
	touch $@

run: $(VENV)/.installed
	$(PY) server.py --host $(HOST) --port $(PORT) --data $(DATA)

build: $(VENV)/.installed
	$(VENV)/bin/chanjiao --data $(DATA) build

test: lint system-deps
	$(PY) -m pytest

# The rules are in pyproject.toml ([tool.ruff], [tool.mypy]).
lint: $(VENV)/.installed-test
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

notebooks: $(VENV)/.installed-test system-deps
	$(PY) -m notebooks.run --write --data $(DATA)

bench: $(VENV)/.installed-test
	$(PIP) -e ".[bench]"
	$(PY) bench/store_bench.py --data $(DATA)
	for f in bench/search_bench.py bench/service_bench.py; do [ ! -f $$f ] || $(PY) $$f || exit 1; done

# Headless Chromium for the browser tests and a CJK font for screenshots and plots; Virtuoso's
# binaries (virtuoso-opensource-7-bin: virtuoso-t, isql-vt, no system service started) for the
# Virtuoso store test, installed apart so that its failure costs only that test; mimalloc for a large build's graph
# part (graph.allocator: less CPU in its store loads; without it the same build).
system-deps:
	@command -v chromium >/dev/null && command -v nginx >/dev/null && fc-list 2>/dev/null | grep -qi "noto.*cjk" || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-noto-cjk nginx >/dev/null; } \
	      || echo "apt-get could not install chromium, chromium-driver, fonts-noto-cjk, nginx: the tests that need them skip"; \
	  else echo "install chromium, chromium-driver, fonts-noto-cjk (browser tests) and nginx (replica test)"; fi; }
	@command -v virtuoso-t >/dev/null && command -v isql-vt >/dev/null || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends virtuoso-opensource-7-bin >/dev/null; } \
	      || echo "apt-get could not install virtuoso-opensource-7-bin: the Virtuoso store test skips"; \
	  else echo "install virtuoso-opensource-7-bin (Virtuoso store test)"; fi; }
	@ldconfig -p 2>/dev/null | grep -q libmimalloc || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libmimalloc2.0 >/dev/null; } \
	      || echo "apt-get could not install libmimalloc2.0: a large build's graph part runs with glibc's allocator"; \
	  else echo "install libmimalloc2.0 (the allocator of a large build's graph part: graph.allocator)"; fi; }

clean:
	rm -rf $(VENV) $(DATA) build *.egg-info
