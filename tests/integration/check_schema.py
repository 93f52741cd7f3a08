#!/usr/bin/env python3
# Copyright (c) 2026 The clientele authors.
# Distributed under the Boost Software License, Version 1.0.
# (See accompanying file LICENSE or copy at https://www.boost.org/LICENSE_1_0.txt)

"""Checks the generated JSON Schema of a profile's document with the Python
package jsonschema: it is a valid draft 2020-12 schema, the documents the
library writes (the seeds of the JSON fuzz target that it reads) validate,
and documents it refuses do not.

Usage: check_schema.py SCHEMA CORPUS_DIR
"""

import json
import pathlib
import sys

import jsonschema

# The seeds the library reads as profiles, and the ones it refuses.
VALID = ["empty_object.json", "client.json", "billing_terms.json", "support_terms.json"]
INVALID = ["unknown_value.json", "not_an_object.json"]
# Documents refused for a reason the schema states too.
MORE_INVALID = [
    {"colour": "red"},
    {"offset": 400},
    {"trial": {"count": 14}},
    {"hours": {"mon": [{"from": 5, "to": "x"}]}},
    {"channels": ["email", "fax"]},
    {"period": {"count": 0, "unit": "day"}},
]


def main() -> int:
    schema = json.loads(pathlib.Path(sys.argv[1]).read_text())
    corpus = pathlib.Path(sys.argv[2])
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    failures = []
    for name in VALID:
        errors = list(validator.iter_errors(json.loads((corpus / name).read_text())))
        if errors:
            failures.append(f"{name} should validate: {errors[0].message}")
    for name in INVALID:
        if validator.is_valid(json.loads((corpus / name).read_text())):
            failures.append(f"{name} should not validate")
    for document in MORE_INVALID:
        if validator.is_valid(document):
            failures.append(f"{json.dumps(document)} should not validate")
    for failure in failures:
        print(failure)
    print(f"schema checked: {len(VALID)} documents valid, "
          f"{len(INVALID) + len(MORE_INVALID)} refused" if not failures else "FAILED")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
