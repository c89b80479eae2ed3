#!/usr/bin/env python3
"""Writes the seed corpus of fuzz/corpus/ from the official HSDS 3.1 examples and a small slice
of the demo directory's export. Run again only to change the seeds (they are committed):
  build/filet demo --db sqlite:/tmp/d.db && build/filet hsds export /tmp/out --db sqlite:/tmp/d.db
  python3 fuzz/make_corpus.py /work/shared/hsds/v3.1/examples /tmp/out
"""
import csv, io, json, pathlib, sys

examples, demo = map(pathlib.Path, sys.argv[1:3])
out = pathlib.Path(__file__).parent / "corpus"


def write(target, name, data):
    folder = out / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data if isinstance(data, bytes) else data.encode())


services = json.loads((demo / "services.json").read_text())
picked = [services[0], services[len(services) // 2], services[-1]]
with_translations = next(s for s in services if s.get("x_filet", {}).get("translations"))
organizations = json.loads((demo / "organizations.json").read_text())

# The streamed JSON reader and the JSON import: official examples, then the demo's own shape.
for target in ("json_array_reader", "hsds_import"):
    for name in ("base.json", "service_list.json", "organization_list.json", "taxonomy_term_list.json"):
        write(target, "hsds-" + name, (examples / name).read_bytes())
    write(target, "demo-services.json", json.dumps(picked, ensure_ascii=False, indent=1))
    write(target, "demo-service.json", json.dumps(with_translations, ensure_ascii=False))
write("json_array_reader", "edges.json", '[ {"a":"\\"]}","b":[[],{}]} ,\n"\\u00e9", 1.5e3, null ]')
write("json_array_reader", "empty.json", "[]")
for name in ("service_full.json", "organization_full.json"):
    write("hsds_import", "hsds-" + name, (examples / name).read_bytes())
write("hsds_import", "demo-organizations.json", json.dumps(organizations[:3], ensure_ascii=False))

# One CSV file: official tables, quoting, line ends of every kind.
for name in ("services.csv", "phones.csv", "schedules.csv", "locations.csv"):
    write("hsds_csv_file", "hsds-" + name, (examples / "csv" / name).read_bytes())
write("hsds_csv_file", "quoted.csv", 'id,name,note\r\n1,"a, ""b""","multi\r\nline"\r\n2,,""\r\n')
write("hsds_csv_file", "line-ends.csv", "id,name\r1,a\n2,b\r\n\n3,c")


# The CSV package: every file after a "--- NAME.csv" line (see hsds_csv_package.cpp).
def package(tables):
    tables = dict(tables)
    parts = [tables.pop("services.csv")]
    parts += [f"--- {name}\n{text}" for name, text in tables.items()]
    return "\n".join(parts)


official = {p.name: p.read_text() for p in sorted((examples / "csv").glob("*.csv"))}
official = {"services.csv": official.pop("services.csv"), **official}
write("hsds_csv_package", "hsds-example-package.txt", package(official))

# The demo's export, cut down to a few services and the rows that hang from them.
ids = {s["id"] for s in picked}
tables = {}
for path in sorted((demo / "csv").glob("*.csv")):
    rows = list(csv.reader(io.StringIO(path.read_text(), newline="")))
    tables[path.name] = (rows[0], rows[1:])
kept = {name: [] for name in tables}
for _ in range(3):  # services, then their children, then the children's children
    for name, (header, rows) in tables.items():
        for row in rows:
            if row not in kept[name] and len(kept[name]) < 8 and any(cell in ids for cell in row):
                kept[name].append(row)
                ids.update(row[:2])
texts = {}
for name, (header, _) in tables.items():
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerows([header] + kept[name])
    texts[name] = buffer.getvalue()
write("hsds_csv_package", "demo-package.txt", package(texts))
write("hsds_csv_package", "demo-services-only.txt",
      texts["services.csv"] + "--- organizations.csv\n" + texts["organizations.csv"])
