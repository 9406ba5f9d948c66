"""Seed 004: the "KPI Associati" tables of Camera di commercio di Alessandria (plan 2020-2022), as the flat CSV
export of a performance-management suite: semicolon, Windows-1252, decimal comma, one row per KPI, the
strategic objectives' KPIs first and then those of their operational objectives."""
import csv
import os
import re

SEED = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "seeds", "004_1cf63158fb21f056.txt")
SECTIONS = {"Area Strategica", "Obiettivo Strategico", "Programma", "Prospettiva bsc", "Descrizione", "Budget",
            "Risorse previste", "Funzioni istituzionali livello 1", "Funzioni istituzionali livello 2",
            "KPI Associati", "Azioni collegate", "Durata", "Responsabili:"}


def clean(line):
    line = re.sub(r"</?b>", "", line)
    line = line.replace("**", "").lstrip("#").strip()
    return line.replace("$\\geq 3$", ">= 3")


def blocks():
    lines = open(SEED, encoding="utf-8").read().split("\n")
    start = next(i for i, l in enumerate(lines) if l.startswith("# Obiettivo strategico:"))
    end = next(i for i in range(start, len(lines)) if lines[i].startswith("# Camera di commercio"))
    result = []
    for raw in lines[start:end]:
        if raw.startswith("# "):
            result.append({"title": clean(raw), "lines": []})
        elif result:
            result[-1]["lines"].append(raw)
    return result


def parse(block):
    fields, kpis, section = {}, [], None
    in_table = False
    for raw in block["lines"]:
        line = clean(raw)
        if not line:
            in_table = False
            continue
        if line.startswith("Indicatori testo"):
            in_table = True
            continue
        if in_table and "\t" in raw:
            kpis.append([c.strip() for c in clean(raw).split("\t")])
            continue
        in_table = False
        if line in SECTIONS:
            section = line
        elif section and section not in fields:
            fields[section] = line
    return fields, kpis


def rows():
    objectives, operational = [], []
    for b in blocks():
        fields, kpis = parse(b)
        if b["title"].startswith("Obiettivo strategico:"):
            objectives.append((b["title"].split(":", 1)[1].strip(), fields, kpis))
        else:
            code, name = b["title"].split(" ", 1)
            operational.append((code, name, fields, kpis))
    out = []
    for os_name, fields, kpis in objectives:
        area = fields["Area Strategica"]
        for k in kpis:
            out.append([area, os_name, "", "", ""] + k)
        for code, name, of, okpis in operational:
            if of["Obiettivo Strategico"] == os_name:
                for k in okpis:
                    out.append([of["Area Strategica"], os_name, of["Programma"], code, name] + k)
    return out


def write_csv(target):
    header = ["Area strategica", "Obiettivo strategico", "Programma", "Codice obiettivo operativo",
              "Obiettivo operativo", "Indicatori testo", "Algoritmo", "Peso", "Stato", "Target"]
    with open(target, "w", encoding="windows-1252", newline="") as f:
        w = csv.writer(f, delimiter=";", lineterminator="\r\n")
        w.writerow(header)
        for r in rows():
            assert len(r) == len(header), r
            w.writerow(r)
    print("scritto", os.path.basename(target))


def build_unruled():
    """The operational objectives' KPIs as a printed report without rules (for stream-mode reading): the
    objective's code only on its first row, one line per KPI."""
    U = lambda t, bold=False: {"text": t, "unruled": True, "bold": bold}
    def spaced(cells):
        # an empty narrow column between two columns: the white space a printed report leaves
        out = []
        for c in cells:
            out += [c, None]
        return out[:-1]
    rows = [[{"text": "Camera di commercio di Alessandria - KPI degli obiettivi operativi 2020", "title": True}], [],
            spaced([U(h, True) for h in ["Obiettivo operativo", "Indicatore", "Peso", "Stato", "Target 2020"]])]
    last = None
    for r in rows_of_operational():
        code, name, weight, stato, target = r
        rows.append(spaced([U(code if code != last else ""), U(name), U(weight), U(stato), U(target)]))
        last = code
    widths = {0: "25", 1: "05", 2: "23", 3: "05", 4: "15", 5: "05", 6: "15", 7: "05", 8: "25"}
    return [("KPI 2020", rows, [(0, 0, 1, 9)], widths)]


def rows_of_operational():
    out = []
    for r in rows():
        area, os_name, programma, code, name, kpi, algo, peso, stato, target = r
        if code:
            out.append((code, kpi, peso, stato, target))
    return out
