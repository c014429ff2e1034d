#!/usr/bin/env python3
"""Regenerates loopgate/<service>/ from contracts/openapi/<service>.json with openapi-python-client.

    python clients/python/generate.py           # rewrite the eight generated subpackages
    python clients/python/generate.py --check   # exit 1 (naming the files) if they differ from the documents

Run it with the interpreter of a venv that has requirements-dev.txt (generate.sh makes one). The same
documents give the same bytes: the generator and ruff (its formatter) are pinned and checked here, the
documents go through the same two workarounds below, and ruff runs --isolated so no configuration file
around the output changes what it writes. Nothing else in loopgate/ is touched: session.py and
__init__.py are hand-written.
"""

from __future__ import annotations

import argparse
import copy
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
DOCUMENTS = ROOT / "contracts" / "openapi"
PACKAGE = HERE / "loopgate"
SERVICES = ("ingestion", "validation", "features", "training", "registry", "serving", "monitoring", "governance")
GENERATOR_VERSION = "0.29.1"


def pinned(requirement: str) -> str:
    """The exact version requirements-dev.txt pins for a package."""
    for line in (HERE / "requirements-dev.txt").read_text().splitlines():
        name, _, version = line.split("#")[0].strip().partition("==")
        if name.lower() == requirement:
            return version.strip()
    raise SystemExit(f"requirements-dev.txt pins no {requirement}")


def check_tools(bin_dir: Path) -> None:
    from importlib.metadata import version

    expected = {"openapi-python-client": pinned("openapi-python-client"), "ruff": pinned("ruff")}
    if expected["openapi-python-client"] != GENERATOR_VERSION:
        raise SystemExit(f"generate.py is written for openapi-python-client {GENERATOR_VERSION}, requirements-dev.txt pins {expected['openapi-python-client']}")
    for name, wanted in expected.items():
        found = version(name)
        if found != wanted:
            raise SystemExit(f"{name} {found} is installed, requirements-dev.txt pins {wanted}: pip install -r {HERE / 'requirements-dev.txt'}")
    if not (bin_dir / "openapi-python-client").exists() or not (bin_dir / "ruff").exists():
        raise SystemExit(f"openapi-python-client and ruff are not beside {sys.executable}: run this with the venv's python")


def single_value(schema: dict) -> str | None:
    """The value of an object's discriminating property: one with a one-value enum (kind, status)."""
    for _name, prop in sorted(schema.get("properties", {}).items()):
        values = prop.get("enum")
        if isinstance(values, list) and len(values) == 1 and isinstance(values[0], str):
            return values[0]
    return None


def pascal(text: str) -> str:
    return "".join(part[:1].upper() + part[1:].lower() for part in text.replace("-", "_").split("_") if part)


def prepare(document: dict) -> dict:
    """
    The document as the generator can take it, same meaning:

    A component that is a oneOf/anyOf of inline objects (features' Feature, training's
    TrainingRequestAnswer, registry's PromotionOutcome) gets each object as a component of its own,
    named after its discriminating value (Feature + numeric -> FeatureNumeric) or its position
    (TrainingRequestAnswerType1, as the generator would name it). openapi-python-client 0.29.1 parses
    such a union twice and then refuses an inline object nested in one of its members (a duplicate
    model name: features' numeric feature's `impute` {value}), dropping the member's model while the
    union still imports it. As components, each is parsed once.

    The upload route's body (text/csv here; NDJSON and Parquet too) is mapped to a binary body by the
    config's content_type_overrides, not here.
    """
    document = copy.deepcopy(document)
    schemas = document.get("components", {}).get("schemas", {})
    for name in sorted(schemas):
        schema = schemas[name]
        for keyword in ("oneOf", "anyOf"):
            members = schema.get(keyword)
            if not isinstance(members, list):
                continue
            for index, member in enumerate(members):
                if "$ref" in member or member.get("type") != "object" or "properties" not in member:
                    continue
                value = single_value(member)
                hoisted = f"{name}{pascal(value)}" if value else f"{name}Type{index}"
                if hoisted in schemas:
                    raise SystemExit(f"cannot name the member {index} of {name} {hoisted}: the document has that component")
                schemas[hoisted] = member
                members[index] = {"$ref": f"#/components/schemas/{hoisted}"}
    return document


def generate(service: str, work: Path, bin_dir: Path) -> Path:
    document = work / f"{service}.json"
    document.write_text(json.dumps(prepare(json.loads((DOCUMENTS / f"{service}.json").read_text())), indent=2, sort_keys=False))
    config = work / f"{service}.config.json"
    config.write_text(
        json.dumps(
            {
                "package_name_override": service,
                # The upload route takes the file's bytes; the generator knows binary bodies as octet-stream.
                "content_type_overrides": {"text/csv": "application/octet-stream"},
                "post_hooks": ["ruff check --isolated --fix-only --extend-select=I .", "ruff format --isolated ."],
            },
            indent=2,
        )
    )
    output = work / "out" / service
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}", "RUFF_NO_CACHE": "true"}
    result = subprocess.run(
        [
            str(bin_dir / "openapi-python-client"),
            "generate",
            "--path",
            str(document),
            "--config",
            str(config),
            "--meta",
            "none",
            "--output-path",
            str(output),
            "--fail-on-warning",
        ],
        cwd=work,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"openapi-python-client refused {service}.json:\n{result.stdout}\n{result.stderr}")
    for cache in output.rglob(".ruff_cache"):
        shutil.rmtree(cache)
    (output / "py.typed").write_text("# Marker file for PEP 561\n")
    return output


def files_of(tree: Path) -> dict[str, bytes]:
    return {str(f.relative_to(tree)): f.read_bytes() for f in sorted(tree.rglob("*")) if f.is_file() and "__pycache__" not in f.parts}


def differences(generated: Path, committed: Path) -> list[str]:
    """What in the committed subpackage is not what the generator writes, file by file."""
    wanted, found = files_of(generated), files_of(committed) if committed.is_dir() else {}
    where = committed.relative_to(HERE)
    return [
        f"{where / name} {'is missing' if name not in found else 'is not generated' if name not in wanted else 'differs'}"
        for name in sorted(wanted.keys() | found.keys())
        if wanted.get(name) != found.get(name)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="compare with loopgate/<service>/ instead of writing it")
    args = parser.parse_args()
    bin_dir = Path(sys.executable).parent
    check_tools(bin_dir)
    stale: list[str] = []
    with tempfile.TemporaryDirectory(prefix="loopgate-python-client-") as tmp:
        work = Path(tmp)
        for service in SERVICES:
            output = generate(service, work, bin_dir)
            target = PACKAGE / service
            if args.check:
                stale.extend(differences(output, target))
                continue
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(output, target)
            print(f"loopgate/{service}/ from contracts/openapi/{service}.json", file=sys.stderr)
    if stale:
        print("the generated client differs from contracts/openapi (run clients/python/generate.sh):\n  " + "\n  ".join(stale), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
