"""The OWL ontology and SHACL shapes, shipped as Turtle files beside this module."""

from pathlib import Path

ONTOLOGY_DIR = Path(__file__).resolve().parent
ONTOLOGY_FILE = ONTOLOGY_DIR / "chanjiao.ttl"
SHAPES_FILE = ONTOLOGY_DIR / "shapes.ttl"
