#!/usr/bin/env python3
"""Extraction quality by document kind: scores an `extract --format jsonl` output against a gold
folder with score.py, once for all documents and once per document kind the extractor gave each
file (full_report, relayed_report, ...). Negatives (gold files with a negative report line) are
counted per kind the gate gave them.

    dotnet run --project etl/Warehouse.Cli -c Release -- extract tests/corpus/dev/docs --format jsonl > dev.jsonl
    python3 tools/corpus/quality.py tests/corpus/dev/gold dev.jsonl
"""
import json, os, subprocess, sys, tempfile

gold_dir, predicted = sys.argv[1], sys.argv[2]
score = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../tests/corpus/score.py")
lines = [json.loads(line) for line in open(predicted, encoding="utf-8") if line.strip()]
kind_of_file, file_of_report = {}, {}
for line in lines:
    if line.get("type") == "report":
        stem = os.path.splitext(os.path.basename(line["source_path"]))[0]
        file_of_report[line["report_id"]] = stem
        kind_of_file.setdefault(stem, line.get("document_kind") or "unknown")


def run(stems):
    with tempfile.TemporaryDirectory() as folder:
        for stem in stems:
            os.symlink(os.path.abspath(os.path.join(gold_dir, stem + ".jsonl")), os.path.join(folder, stem + ".jsonl"))
        with open(os.path.join(folder, "pred.jsonl.txt"), "w", encoding="utf-8") as out:
            for line in lines:
                if file_of_report.get(line.get("report_id")) in stems:
                    out.write(json.dumps(line, ensure_ascii=False) + "\n")
        return subprocess.run([sys.executable, score, folder, os.path.join(folder, "pred.jsonl.txt")],
                              capture_output=True, text=True, check=True).stdout


stems = sorted(os.path.splitext(name)[0] for name in os.listdir(gold_dir) if name.endswith(".jsonl"))
print(run(set(stems)))
print("| document kind | documents | gold facts | precision | recall | F1 |")
print("|---|---:|---:|---:|---:|---:|")
for kind in sorted({kind_of_file.get(stem, "not found") for stem in stems}):
    group = {stem for stem in stems if kind_of_file.get(stem, "not found") == kind}
    total = next((line.split() for line in run(group).splitlines() if line.startswith("ALL")), None)
    gold, precision, recall, f1 = (total[1], total[3], total[4], total[5]) if total and total[1] != "0" else ("0", "-", "-", "-")
    print(f"| {kind} | {len(group)} | {gold} | {precision} | {recall} | {f1} |")
