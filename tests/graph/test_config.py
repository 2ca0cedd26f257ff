"""BuildConfig.with_options: a command line's options in place of the defaults."""

from pathlib import Path

from graph.config import BuildConfig


def test_given_options_replace_defaults_and_paths_become_paths(monkeypatch):
    monkeypatch.setenv("CHANJIAO_STORE_KIND", "fuseki")
    config = BuildConfig.with_options(data_dir="d", curated_dir="c", accepted_dir="a", base_iri="https://e.org/")
    assert (config.data_dir, config.curated_dir, config.accepted_dir) == (Path("d"), Path("c"), Path("a"))
    assert config.base_iri == "https://e.org/" and config.store_kind == "fuseki"  # not given: the environment's


def test_options_not_given_keep_the_defaults(monkeypatch):
    monkeypatch.setenv("CHANJIAO_DATA", "from-env")
    assert BuildConfig.with_options(data_dir=None, store="", store_kind=None) == BuildConfig()
    assert BuildConfig.with_options().data_dir == Path("from-env")
