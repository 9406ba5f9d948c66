"""Seed 004: Camera di commercio di Asti, the "schede di dettaglio" of its strategic objectives (Piano 2020-2022),
as the tables of a Word document: one table per objective with the ambito, the objective, its description,
programme and resources on merged rows, then one row per indicator (Indicatore, Algoritmo, Stato anno 2019,
Target anno 2020, 2021, 2022). Written as HTML and saved as DOCX by LibreOffice Writer."""
import html
import os
import re

SEED = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "seeds", "004_1cf63158fb21f056.txt")


def clean(cell):
    return re.sub(r"</?b>", "", cell).strip()


def schede():
    """[(ambito or None, [rows of cells])] for the five strategic objectives, as the seed lists them."""
    lines = open(SEED, encoding="utf-8").read().split("\n")
    start = next(i for i, l in enumerate(lines) if l.startswith("AMBITO STRATEGICO 1. - SOSTEGNO"))
    end = next(i for i in range(start, len(lines)) if lines[i].startswith("## Programmazione annuale"))
    tables, ambito = [], None
    for raw in lines[start:end]:
        if not raw.strip() or set(raw.strip()) <= set("-\t "):
            continue
        cells = [clean(c) for c in raw.split("\t")]
        cells = [c for c in cells] + [""] * (6 - len(cells))
        if cells[0].startswith("AMBITO STRATEGICO"):
            ambito = cells[0]
        elif cells[0] == "Obiettivo strategico":
            tables.append((ambito, [cells]))
            ambito = None
        elif tables and any(cells):
            tables[-1][1].append(cells)
    return tables


def write_html(path):
    out = ['<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Schede di dettaglio</title>'
           '<style>table{border-collapse:collapse;width:100%;font-size:8pt}td{border:1px solid #000;'
           'vertical-align:top;padding:2pt}</style></head><body>',
           "<h1>Camera di commercio di Asti - Piano della performance 2020-2022</h1>",
           "<h2>Schede di dettaglio degli obiettivi strategici</h2>"]
    for ambito, rows in schede():
        out.append('<table border="1" cellpadding="3" cellspacing="0">')
        if ambito:
            out.append('<tr><td colspan="6"><b>%s</b></td></tr>' % html.escape(ambito))
        for cells in rows:
            if cells[0] in ("Obiettivo strategico", "Descrizione", "Programma (D.M. 27/03/2013)", "Risorse economiche"):
                out.append('<tr><td><b>%s</b></td><td colspan="5">%s</td></tr>' % (html.escape(cells[0]),
                                                                                 html.escape(cells[1])))
            else:
                bold = cells[0] == "Indicatore"
                out.append("<tr>" + "".join("<td>%s%s%s</td>" % ("<b>" if bold else "", html.escape(c),
                                                                    "</b>" if bold else "") for c in cells) + "</tr>")
        out.append("</table><p></p>")
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
