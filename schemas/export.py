"""Write one JSON Schema file per model into this folder: ``python -m schemas.export``."""
from __future__ import annotations

import json
from pathlib import Path

from schemas.models import ALL_MODELS

SCHEMA_DIR = Path(__file__).resolve().parent


def schema_files() -> dict[str, str]:
    """File name -> JSON text of each model's schema."""
    return {
        f"{model.__name__}.schema.json": json.dumps(model.model_json_schema(), indent=2, sort_keys=True) + "\n"
        for model in ALL_MODELS
    }


def main() -> None:
    for name, text in schema_files().items():
        (SCHEMA_DIR / name).write_text(text, encoding="utf-8")
        print(SCHEMA_DIR / name)


if __name__ == "__main__":
    main()
