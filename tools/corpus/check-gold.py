#!/usr/bin/env python3
"""Checks gold files against their documents and the schema of tests/corpus/GOLD.md.

usage: check-gold.py DOCS_DIR GOLD_DIR [STEM ...]

For every gold file (or the named stems): each line parses; report lines carry the fields GOLD.md
asks for; every fact follows a report line, uses a known indicator, kind, measure, unit and
qualifier, and its evidence is an exact substring of the document (character for character);
a negative report has no facts; every document has a gold file and, in a folder with meta
files, a .meta.json with a url.
Exit status 1 when anything is wrong, with one line per problem.
"""
import json, os, sys

INDICATORS = {"gdp", "industrial_va", "fai", "retail", "budget_revenue", "fiscal_revenue_total", "tax_revenue",
              "budget_expenditure", "urban_income", "rural_income", "resident_income", "trade", "exports", "cpi",
              "unemployment", "new_urban_jobs", "grain_output", "fdi"}
KINDS = {"actual", "target", "plan", "period_actual", "rank"}
MEASURES = {"level", "growth_pct", "avg_growth_pct", "growth_rank", "level_rank"}
QUALIFIERS = {"exact", "about", "at_least", "at_most"}
LEVELS = {"national", "province", "city", "county"}
SCOPES = {"city", "province", "country", "world"}


def document_text(docs, stem):
    for ext in (".txt", ".html", ".htm"):
        path = os.path.join(docs, stem + ext)
        if os.path.exists(path):
            return open(path, encoding="utf-8", errors="replace").read()
    return None


def check(docs, gold, stem):
    problems = []
    text = document_text(docs, stem)
    if text is None:
        return [f"{stem}: no document {stem}.txt/.html in {docs}"]
    meta = os.path.join(docs, stem + ".meta.json")
    if not any(f.endswith(".meta.json") for f in os.listdir(docs)):
        pass  # a folder without meta files at all (the seeds): provenance is kept elsewhere
    elif not os.path.exists(meta):
        problems.append(f"{stem}: no {stem}.meta.json")
    elif not json.load(open(meta, encoding="utf-8")).get("url"):
        problems.append(f"{stem}: meta has no url")
    report = None
    keys = set()
    for number, line in enumerate(open(os.path.join(gold, stem + ".jsonl"), encoding="utf-8"), 1):
        if not line.strip():
            continue
        where = f"{stem}.jsonl:{number}"
        try:
            o = json.loads(line)
        except json.JSONDecodeError as e:
            problems.append(f"{where}: not JSON ({e})")
            continue
        if o.get("type") == "report":
            report = o
            if not o.get("report_id"):
                problems.append(f"{where}: report without report_id")
            if o.get("negative"):
                if not o.get("negative_reason"):
                    problems.append(f"{where}: negative without negative_reason")
                continue
            for field in ("region", "region_code", "level", "report_year", "review_year"):
                if o.get(field) in (None, ""):
                    problems.append(f"{where}: report without {field}")
            if o.get("level") not in LEVELS:
                problems.append(f"{where}: level {o.get('level')!r}")
            code = str(o.get("region_code") or "")
            if len(code) != 6 or not code.isdigit():
                problems.append(f"{where}: region_code {code!r} is not six digits")
            evidence = o.get("title_evidence")
            if evidence and evidence not in text:
                problems.append(f"{where}: title_evidence not in the document: {evidence}")
        elif o.get("type") == "fact":
            if report is None:
                problems.append(f"{where}: fact before any report line")
                continue
            if report.get("negative"):
                problems.append(f"{where}: fact on a negative report")
            if o.get("report_id") != report.get("report_id"):
                problems.append(f"{where}: report_id {o.get('report_id')!r} is not the preceding report's")
            checks = [("indicator", INDICATORS), ("kind", KINDS), ("measure", MEASURES), ("qualifier", QUALIFIERS)]
            for field, allowed in checks:
                if o.get(field) not in allowed:
                    problems.append(f"{where}: {field} {o.get(field)!r}")
            if not isinstance(o.get("year"), int):
                problems.append(f"{where}: year {o.get('year')!r}")
            if not isinstance(o.get("value"), (int, float)):
                problems.append(f"{where}: value {o.get('value')!r}")
            if o.get("kind") == "rank":
                if o.get("scope") not in SCOPES:
                    problems.append(f"{where}: rank without a scope")
                if o.get("measure") not in ("growth_rank", "level_rank"):
                    problems.append(f"{where}: rank measure {o.get('measure')!r}")
            elif o.get("measure") in ("growth_rank", "level_rank"):
                problems.append(f"{where}: rank measure on kind {o.get('kind')!r}")
            if o.get("kind") == "period_actual" and not isinstance(o.get("period_start"), int):
                problems.append(f"{where}: period_actual without period_start")
            evidence = o.get("evidence") or ""
            if not evidence:
                problems.append(f"{where}: no evidence")
            elif evidence not in text:
                problems.append(f"{where}: evidence not in the document: {evidence}")
            key = (o.get("report_id"), o.get("indicator"), o.get("kind"), o.get("year"), o.get("measure"),
                   o.get("scope") if o.get("kind") == "rank" else None)
            if key in keys:
                problems.append(f"{where}: a second fact for {key[1:]}")
            keys.add(key)
        else:
            problems.append(f"{where}: type {o.get('type')!r}")
    if report is None:
        problems.append(f"{stem}: no report line")
    return problems


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        sys.exit(2)
    docs, gold = sys.argv[1], sys.argv[2]
    stems = sys.argv[3:] or sorted(f[:-6] for f in os.listdir(gold) if f.endswith(".jsonl"))
    documents = sorted(os.path.splitext(f)[0] for f in os.listdir(docs)
                       if f.endswith((".txt", ".html", ".htm")))
    problems = [f"{stem}: document without a gold file" for stem in documents
                if len(sys.argv) == 3 and not os.path.exists(os.path.join(gold, stem + ".jsonl"))]
    for stem in stems:
        problems += check(docs, gold, stem)
    for problem in problems:
        print(problem)
    print(f"{len(stems)} gold files, {len(problems)} problems")
    sys.exit(1 if problems else 0)


main()
