"""Regenerate src/followup/core/playbook.py from the specification (../shared/PLAYBOOK.md)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEADER = '''"""The playbook's 100 rules (PLAYBOOK §2): ID, title, one-sentence rule and sources.

This is the table behind every plan step's "rule and source": the planner and the guard cite IDs, and
``RULES[id]`` says what the rule is and where it comes from (file keys of the articles in shared/seeds/).
Generated from PLAYBOOK.md; edit the spec, then regenerate with ``scripts/gen_rules.py``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rule:
    id: str
    title: str
    statement: str
    sources: str


RULES: dict[str, Rule] = {
'''


def main() -> None:
    spec = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "PLAYBOOK.md"
    pattern = r"\*\*([A-Z]-\d\d) — (.+?)\*\*\n- Rule: (.+?)\n- Sources: (.+?)\n"
    lines = [HEADER.rstrip("\n")]
    for rid, title, statement, sources in re.findall(pattern, spec.read_text()):
        lines += [f"    {rid!r}: Rule(", f"        {rid!r},", f"        {title!r},"]
        lines += [f"        {statement!r},", f"        {sources!r},", "    ),"]
    lines.append("}")
    (ROOT / "src/followup/core/playbook.py").write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
