"""The validation floor: walk submissions/ and load every .yaml with the C safe loader, nothing else.

    python -m benchmarks.floor ROOT
"""

from __future__ import annotations

import os
import sys

from ruamel.yaml import YAML


def load_all(root: str) -> int:
    yaml = YAML(typ="safe", pure=False)
    count = 0
    for folder, dirs, files in os.walk(os.path.join(root, "submissions")):
        dirs.sort()
        for name in sorted(files):
            if name.endswith(".yaml"):
                with open(os.path.join(folder, name), encoding="utf-8") as handle:
                    yaml.load(handle.read())
                count += 1
    return count


if __name__ == "__main__":
    print(load_all(sys.argv[1]))
