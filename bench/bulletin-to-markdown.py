#!/usr/bin/env python3
"""Writes a bulletin JSON file as Markdown, the input pandoc gets in compare.sh.

Usage: bulletin-to-markdown.py IN.json OUT.md
"""
import json
import sys


def main(source, target):
    with open(source, encoding="utf-8") as f:
        bulletin = json.load(f)
    risks = {r["id"]: r for r in bulletin.get("risks", [])}
    contacts = {c["id"]: c for c in bulletin.get("contacts", [])}
    out = ["---", f"title: {json.dumps(bulletin['title'])}", f"lang: {bulletin.get('language', 'en-GB')}", "---", ""]
    if "series" in bulletin:
        out += [f"**{bulletin['series']['name']}**", ""]
    out += [f"Published by {bulletin['publisher']['name']}", ""]
    for number, section in enumerate(bulletin["sections"], 1):
        out += [f"## {number}. {section['heading']}", ""]
        for block in section["content"]:
            kind = block["type"]
            if kind in ("paragraph", "callout"):
                out += [block["text"], ""]
            elif kind == "list":
                marker = "1." if block.get("ordered") else "-"
                out += [f"{marker} {item}" for item in block["items"]] + [""]
            elif kind == "risks":
                for ref in block["refs"]:
                    risk = risks[ref]
                    out.append(f"- {risk['name']}")
                    out += [f"    - {name}" for name in risk.get("includes", [])]
                out.append("")
            elif kind == "contacts":
                for ref in block["refs"]:
                    contact = contacts[ref]
                    out.append(f"- {contact['name']}: {contact.get('phone', contact.get('website', ''))}")
                out.append("")
    with open(target, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
