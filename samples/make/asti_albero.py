"""Seed 004: the "Albero della Performance anno 2020" of the Camera di commercio Alessandria-Asti, sede di Asti, as
the Giunta's annex gives it. Headings with their weights ("Ambito Strategico (Peso 33,34%)", "Obiettivo Strategico
(Peso ob. Strategico 50%)") each followed by the element's name; then a two-column table headed "Indicatori (Peso
indicatori 40%) | Programma": for each indicator its name, then "Peso 25 %", "Stato 2", "Target 2020 >= 2"... on
lines of one cell, and in the right column the programme of the objective; then "Obiettivi Operativi (Peso ob.
Operativi 60%)", each operational objective ("OP 1.1.1 - ...") with a table "Indicatori | Azione" (the actions in
the right column). Written as HTML and saved as DOCX by LibreOffice Writer.

The seed is the text of that layout read line by line, so the right column's text falls between or after the left
column's lines, and in section 3.2 on the same line in italics. The script reads the seed and puts each text back
in its column: the names and values are the seed's, unchanged. One change: the seed's first operational objective
of OS3.2 has lost its code ("Prosecuzione dei percorsi formativi ..."; 3.2.2-3.2.5 follow, and the "schede" of the
same document call it "OP 3.2.1"); the sample gives it back."""
import html
import os
import re

SEED = os.path.join(os.path.dirname(__file__), "..", "..", "..", "shared", "seeds", "004_1cf63158fb21f056.txt")
VALUE = re.compile(r"^(Peso|Stato|Target \d{4})\b")
RESTORED = {"Prosecuzione dei percorsi formativi legati al riordino delle funzioni e competenze camerale":
            "OP 3.2.1 - "}


def seed_lines():
    """The seed's lines of the Asti tree, without Markdown marks, with italic runs split off as lines of their own
    (the right column printed on the same line)."""
    lines = open(SEED, encoding="utf-8").read().split("\n")
    start = next(i for i, l in enumerate(lines) if l.strip() == "### sede di Asti")
    end = next(i for i in range(start, len(lines)) if lines[i].startswith("## Pianificazione triennale"))
    out = []
    for raw in lines[start + 1:end]:
        text = raw.strip()
        if not text:
            continue
        parts = re.split(r"\s*\*([^*]+)\*\s*$", text.replace("**", ""))
        out.append(("left", parts[0].strip()))
        if len(parts) > 1:
            out.append(("right", parts[1].strip()))
    return out


def tree():
    """[(ambito heading, name, [(os heading, name, indicators, programme, op heading, [(op, indicators, actions)])])]
    with indicators as [(name, [value lines])]."""
    ambiti = []
    lines = seed_lines()
    i = 0
    mode = None
    while i < len(lines):
        side, text = lines[i]
        nxt = lines[i + 1][1] if i + 1 < len(lines) else ""
        if text.startswith("Ambito Strategico"):
            ambiti.append((text, nxt, []))
            i += 2
            continue
        if text.startswith("Obiettivo Strategico"):
            ambiti[-1][2].append([text, nxt, [], None, None, []])
            i += 2
            continue
        objective = ambiti[-1][2][-1] if ambiti and ambiti[-1][2] else None
        if text.startswith("Indicatori"):
            mode = "os" if "Programma" in text else "op"
            if mode == "os":
                objective[2] = (text.replace(" Programma", ""), [])
            else:
                objective[5][-1][1].append(text.replace(" Azione", ""))
        elif text.startswith("Obiettivi Operativi"):
            objective[4] = text
            mode = "ops"
        elif mode == "ops" or text.startswith("OP "):
            objective[5].append([RESTORED.get(text, "") + text, [], [], []])
            mode = "ops-wait"
        elif VALUE.match(text):
            target = objective[2][1] if mode == "os" else objective[5][-1][2]
            target[-1][1].append(text)
        elif mode == "os":
            # a name is followed by its values; the line after the last values is the programme
            if VALUE.match(nxt):
                objective[2][1].append((text, []))
            else:
                objective[3] = text
        elif mode == "op":
            op = objective[5][-1]
            if not op[2] and side == "left":
                op[2].append((text, []))
            else:
                op[3].append(text)
        i += 1
    return ambiti


def cell(lines):
    return "<br>".join(html.escape(l) for l in lines)


def indicator_table(head, side_head, indicators, side):
    """Two columns: the indicators (name, then its value lines) and the programme or the actions beside them."""
    out = ['<table border="1" cellpadding="3" cellspacing="0">',
           "<tr><td><b>%s</b></td><td><b>%s</b></td></tr>" % (html.escape(head), html.escape(side_head))]
    if side_head == "Programma":
        for n, (name, values) in enumerate(indicators):
            right = '<td rowspan="%d">%s</td>' % (2 * len(indicators), cell([side])) if n == 0 else ""
            out.append("<tr><td>%s</td>%s</tr>" % (cell([name]), right))
            out.append("<tr><td>%s</td></tr>" % cell(values))
    else:
        (name, values), = indicators
        first, rest = (side[:1], side[1:])
        out.append("<tr><td>%s</td><td><b>%s</b></td></tr>" % (cell([name]), cell(first)))
        out.append("<tr><td>%s</td><td><b>%s</b></td></tr>" % (cell(values), cell(rest)))
    out.append("</table>")
    return out


def write_html(path):
    out = ['<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Albero della Performance 2020 - Asti'
           '</title><style>table{border-collapse:collapse;width:100%;font-size:9pt}td{vertical-align:top;'
           'padding:2pt}</style></head><body>', "<h1>Camera di commercio Alessandria-Asti</h1>",
           "<h2>Albero della Performance anno 2020</h2>", "<h3>sede di Asti</h3>"]
    for heading, name, objectives in tree():
        out += ["<p><b>%s</b></p>" % html.escape(heading), "<p><b>%s</b></p>" % html.escape(name)]
        for os_heading, os_name, (ind_head, indicators), programme, op_heading, ops in objectives:
            out += ["<p><b>%s</b></p>" % html.escape(os_heading), "<p><b>%s</b></p>" % html.escape(os_name)]
            out += indicator_table(ind_head, "Programma", indicators, programme)
            out.append("<p><b>%s</b></p>" % html.escape(op_heading))
            for op_name, (op_head,), op_indicators, actions in ops:
                out.append("<p>%s</p>" % html.escape(op_name))
                out += indicator_table(op_head, "Azione", op_indicators, actions)
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


if __name__ == "__main__":
    for heading, name, objectives in tree():
        print(heading, "|", name)
        for o in objectives:
            print("  ", o[0], "|", o[1], "| prog:", o[3], "|", o[4])
            print("     ", o[2][0])
            for n, v in o[2][1]:
                print("       -", n[:70], v)
            for op in o[5]:
                print("     ", op[0][:70], op[1])
                for n, v in op[2]:
                    print("        *", n[:70], v)
                print("        actions:", op[3])
