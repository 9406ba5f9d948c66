"""The layout cases of samples/casi/: the same documents as the seeds, laid out as other offices lay them out
(issue "A tree you can trust"). Each case is a small file with the situation that broke the tree before, written
as flat ODS or HTML and converted by LibreOffice like the other samples; the CSV is written directly.
Run by build_samples.py, or alone: python3 samples/make/casi.py"""
import csv
import html
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from fods import cell  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
CASI = os.path.join(os.path.dirname(HERE), "casi")

# Sondrio (seed 002), objective 3 "La qualità dei processi": actions 3.2.1 and 3.2.2 have no objective 3.2.
SONDRIO_3 = [
    ("3.1", "Tempi dei pagamenti", "20%", [
        ("3.1.1", "Indice di tempestività dei pagamenti", "100%", "20")]),
    (None, None, None, [
        ("3.2.1", "Rispetto dei tempi di evasione (5 gg) delle pratiche RI - Indice di tempestività", "50%", "4,0"),
        ("3.2.2", "Percentuale sospensione pratiche RI", "50%", "28%")]),
    ("3.3", "Tempi istruttori", "20%", [
        ("3.3.1", "Tempi di istruttoria domande liquidazione contributi", "40%", "28"),
        ("3.3.2", "Tempi convocazione incontri di mediazione", "30%", "8"),
        ("3.3.3", "Tempi emissione sanzioni RI", "30%", "50")]),
]


def caso1():
    """1. An export where the operational objective is written on its first row only (fill_down) and the rows of
    actions 3.2.1-3.2.2 have it empty: objective 3.2 is missing from the document."""
    header = ["Cod. OS", "Obiettivo strategico", "Cod. OP", "Obiettivo operativo", "Peso OP", "Cod. azione",
              "Azione", "Peso azione", "Target 2022"]
    rows = [header]
    for op_code, op_name, op_weight, actions in SONDRIO_3:
        for i, (code, name, weight, target) in enumerate(actions):
            first = i == 0
            rows.append(["3", "La qualità dei processi", op_code if first else None, op_name if first else None,
                         cell(op_weight) if first and op_weight else None, code, name, cell(weight), cell(target)])
    return [("Piano 2022", rows, [], [6])]


# Alessandria (seed 004), area 1: the strategic objectives' own KPIs, then the operational objectives' KPIs.
def caso2(path):
    """2. A CSV export sorted by level: first the KPIs of the strategic objectives (operational columns empty), then
    the same areas and objectives again with their operational objectives' KPIs."""
    area = "1 - Competitività delle imprese e del territorio"
    os1 = "1.1 - Sostenere la competitività delle imprese"
    os2 = "1.2 - Favorire l'internazionalizzazione"
    rows = [["Area strategica", "Obiettivo strategico", "Codice obiettivo operativo", "Obiettivo operativo",
             "Indicatore", "Peso", "Target 2020"],
            [area, os1, "", "", "Valore medio performance obiettivi operativi", "50%", ">= 80%"],
            [area, os1, "", "", "Risorse destinate a interventi economici", "50%", ">= 500.000"],
            [area, os2, "", "", "Valore medio performance obiettivi operativi", "100%", ">= 80%"],
            [area, os1, "1.1.1", "Punto impresa digitale", "Imprese assistite dal PID", "60%", ">= 120"],
            [area, os1, "1.1.1", "Punto impresa digitale", "Eventi di formazione digitale", "40%", ">= 10"],
            [area, os1, "1.1.2", "Contributi alle imprese", "Bandi pubblicati entro il 30/06", "100%",
             "entro il 30/06/2020"],
            [area, os2, "1.2.1", "Servizi per l'export", "Imprese partecipanti a eventi all'estero", "100%",
             ">= 40"]]
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(rows)
    print("scritto", os.path.relpath(path, os.path.dirname(CASI)))


def caso3():
    """3. A mission row that spans the sheet above the objective columns; objective 3 under two missions (seed 000)."""
    header = ["Obiettivo strategico", "Cod.", "Obiettivo operativo", "Indicatore", "Target 2019", "Target 2020"]
    rows = [header,
            ["Missione 011 - Competitività e sviluppo delle imprese"] + [None] * 5,
            ["3 PA SEMPLICE E DIGITALE", "3.1", "Ecosistema digitale", "Tempo medio di evasione delle pratiche RI",
             "5 gg", "5 gg"],
            ["3 PA SEMPLICE E DIGITALE", "3.2", "Analisi evoluta del dato", "Dataset pubblicati", cell("12"),
             cell("15")],
            ["Missione 016 - Commercio internazionale ed internazionalizzazione del sistema produttivo"] + [None] * 5,
            ["3 PA SEMPLICE E DIGITALE", "3.4", "Servizi digitali per l'estero", "Certificati d'origine digitali",
             cell("90%"), cell("95%")],
            ["4 INTERNAZIONALIZZAZIONE", "4.1", "Internazionalizzazione", "Imprese assistite", cell("300"),
             cell("350")]]
    merges = [(1, 0, 1, 6), (4, 0, 1, 6)]
    return [("PIRA 2019", rows, merges, [0, 2, 3])]


def caso3_word(path):
    """3. A Word PIRA: the strategic and operational objectives are title paragraphs above each table, the table's rows
    carry the actions in columns and their indicators."""
    out = ['<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>PIRA</title></head><body>',
           "<h1>Piano degli indicatori e dei risultati attesi 2020-2022</h1>"]
    plan = [("1", "Competitività delle imprese", [
        ("1.1", "Punto impresa digitale", [
            ("1.1.1", "Eventi di formazione", "Numero eventi realizzati", ">= 10", ">= 12"),
            ("1.1.1", "Eventi di formazione", "Partecipanti agli eventi", ">= 200", ">= 250"),
            ("1.1.2", "Assessment digitali", "Assessment condotti", ">= 50", ">= 60")]),
        ("1.2", "Contributi alle imprese", [
            ("1.2.1", "Bando voucher", "Domande istruite entro 60 giorni", "90%", "95%")])])]
    for os_code, os_name, ops in plan:
        out.append("<p><b>Obiettivo strategico %s - %s</b></p>" % (os_code, html.escape(os_name)))
        for op_code, op_name, rows in ops:
            out.append("<p>Obiettivo operativo %s - %s</p>" % (op_code, html.escape(op_name)))
            out.append('<table border="1" cellspacing="0"><tr><td>Azione</td><td>Descrizione azione</td>'
                       "<td>Indicatore</td><td>Target 2020</td><td>Target 2021</td></tr>")
            for r in rows:
                out.append("<tr>" + "".join("<td>%s</td>" % html.escape(c) for c in r) + "</tr>")
            out.append("</table><p></p>")
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def caso4():
    """4. Each objective's bold row repeats the year labels of the header: the row is a header and names a level."""
    rows = [[{"text": "Piano della performance 2016-2018: obiettivi e indicatori", "title": True}],
            [None],
            [{"text": "1. Semplificazione amministrativa", "bold": True}, {"text": "2016", "bold": True},
             {"text": "2017", "bold": True}, {"text": "2018", "bold": True}, {"text": "Note", "bold": True}],
            ["Pratiche telematiche del Registro imprese evase entro 5 giorni", cell("90%"), cell("92%"),
             cell("95%"), None],
            ["Comuni aderenti al SUAP camerale", cell("30"), cell("35"), cell("40"), "su 77 comuni"],
            [{"text": "2. Trasparenza e integrità", "bold": True}, {"text": "2016", "bold": True},
             {"text": "2017", "bold": True}, {"text": "2018", "bold": True}, {"text": "Note", "bold": True}],
            ["Pubblicazione dei dati in Amministrazione trasparente", cell("100%"), cell("100%"), cell("100%"),
             None]]
    return [("Obiettivi", rows, [], [0])]


def caso5_word(path):
    """5 and 9. A Word table whose code column has an empty header cell, with the PIRA marker in the code cell."""
    out = ['<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>PIRA</title></head><body>',
           "<p>Obiettivo operativo 1.1 - Ecosistema digitale</p>",
           '<table border="1" cellspacing="0"><tr><td></td><td>Indicatori</td><td>Descrizione</td>'
           "<td>2019</td><td>2020</td><td>2021</td></tr>"]
    for r in [("1.1.1 PIRA", "Grado di utilizzo della piattaforma SUAP", "Pratiche SUAP telematiche sul totale",
               "95%", "95%", "95%"),
              ("1.1.2", "Tempi medi di lavorazione delle pratiche", "Giorni medi dalla presentazione", "<= 5",
               "<= 5", "<= 4"),
              ("1.1.3 (PIRA)", "Imprese con fascicolo digitale", "Fascicoli attivati", "4.000", "4.500", "5.000")]:
        out.append("<tr>" + "".join("<td>%s</td>" % html.escape(c) for c in r) + "</tr>")
    out.append("</table></body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def caso6():
    """6. Two indicators in one cell, on separate lines, with their targets on the matching lines."""
    header = ["Obiettivo operativo", "Indicatore", "Target 2020", "Target 2021"]
    rows = [header,
            ["2.1 Internazionalizzazione",
             {"text": "Rapporto imprese assistite anno x / anno x-1\nQuota di pratiche evase nei termini"},
             {"text": "> 1\n90%"}, {"text": ">= 1\n92%"}],
            ["2.2 Digitalizzazione", "Eventi del PID", cell("12"), cell("15")]]
    return [("Indicatori", rows, [], [0, 1])]


def caso7_word(path):
    """7. A PIRA written in Word and printed to PDF: the strategic and operational objective cells span their
    indicators' rows (rowspan, a vertical merge in Word), so that the merged cell runs over the page break and
    arrives empty on the next page."""
    plan = [("1 - Competitività delle imprese", [("1.1 - Punto impresa digitale", 26), ("1.2 - Credito", 14)]),
            ("2 - Semplificazione", [("2.1 - Registro imprese digitale", 8)])]
    out = ['<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>PIRA</title>'
           '<style>td{border:1px solid #000;vertical-align:top;font-size:9pt}</style></head><body>',
           "<p>Piano della performance 2020-2022 - Obiettivi e indicatori</p>",
           '<table border="1" cellspacing="0"><tr><td>Obiettivo strategico</td><td>Obiettivo operativo</td>'
           "<td>Indicatore</td><td>Target 2020</td><td>Target 2021</td></tr>"]
    for os_name, ops in plan:
        total = sum(count for _, count in ops)
        for o, (op_name, count) in enumerate(ops):
            for k in range(1, count + 1):
                code = op_name.split(" ")[0] + "." + str(k)
                cells = []
                if o == 0 and k == 1:
                    cells.append('<td rowspan="%d">%s</td>' % (total, html.escape(os_name)))
                if k == 1:
                    cells.append('<td rowspan="%d">%s</td>' % (count, html.escape(op_name)))
                cells += ["<td>%s Indicatore numero %d dell'obiettivo, con un nome lungo quanto quelli veri</td>"
                          % (code, k), "<td>&gt;= %d</td>" % (10 * k), "<td>&gt;= %d</td>" % (10 * k + 5)]
                out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</table></body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def caso8():
    """8. A Relazione with several short tables on one page, each after its heading, whose header cell
    "INDICATORE" spans the code and the name columns."""
    header = [{"text": "INDICATORE", "bold": True}, None] + [{"text": h, "bold": True} for h in
                                                            ["TIPOLOGIA", "TARGET 2019", "RISULTATO CONSEGUITO"]]
    sections = [("1.1 - ECOSISTEMA DIGITALE", [("1.1.1", "Grado di utilizzo del budget", "efficacia", ">=95%",
                                                "Obiettivo non raggiunto"),
                                               ("1.1.2", "Riduzione tempo medio di evasione", "efficienza", "-10%",
                                                "Obiettivo non raggiunto")]),
                ("1.2 - SUAP", [("1.2.1", "Imprese che usano il SUAP camerale", "risultato", "4.000",
                                 "Obiettivo raggiunto"),
                                ("1.2.2", "Nuovi comuni aderenti", "risultato", "Almeno 3", "Obiettivo raggiunto")]),
                ("1.3 - ANALISI DEL DATO", [("1.3.1", "Data set integrato per gli utenti", "risultato", "Sì",
                                             "Obiettivo raggiunto"),
                                            ("1.3.2", "Dashboard pubblicate", "risultato", "2",
                                             "Obiettivo raggiunto")])]
    rows = [[{"text": "Relazione sulla performance 2019", "title": True}], []]
    merges = [(0, 0, 1, 5)]
    for title, inds in sections:
        merges.append((len(rows), 0, 1, 5))
        rows.append([{"text": title, "title": True}])
        merges.append((len(rows), 0, 1, 2))
        rows.append(header)
        for ind in inds:
            rows.append(list(ind))
        rows.append([])
    return [("Relazione", rows, merges, {0: "15", 1: "4", 4: "4"})]


def fogli():
    """Issue 13: one plan over four sheets, one a year for the operational and the strategic objectives, same
    header; the year is in the sheet's name; a fifth sheet of notes is not part of the plan."""
    header = ["Area", "Obiettivo strategico", "Obiettivo operativo", "Indicatore", "Target"]
    area = "1 - Competitività delle imprese"
    op = {"2020": [("1.1 - Sostenere la competitività", "1.1.1 - Punto impresa digitale", "Imprese assistite dal PID", "120"),
                   ("1.1 - Sostenere la competitività", "1.1.1 - Punto impresa digitale", "Eventi di formazione", "10"),
                   ("1.2 - Internazionalizzazione", "1.2.1 - Servizi per l'export", "Imprese partecipanti", "40")],
          "2021": [("1.1 - Sostenere la competitività", "1.1.1 - Punto impresa digitale", "Imprese assistite dal PID", "150"),
                   ("1.1 - Sostenere la competitività", "1.1.1 - Punto impresa digitale", "Eventi di formazione", "12"),
                   ("1.2 - Internazionalizzazione", "1.2.1 - Servizi per l'export", "Imprese partecipanti", "50"),
                   ("1.2 - Internazionalizzazione", "1.2.2 - Fiere all'estero", "Fiere con la Camera", "3")]}
    os_kpi = {"2020": [("1.1 - Sostenere la competitività", "Valore medio performance obiettivi operativi", ">= 80%"),
                       ("1.2 - Internazionalizzazione", "Valore medio performance obiettivi operativi", ">= 80%")],
              "2021": [("1.1 - Sostenere la competitività", "Valore medio performance obiettivi operativi", ">= 85%"),
                       ("1.2 - Internazionalizzazione", "Valore medio performance obiettivi operativi", ">= 85%")]}
    sheets = []
    for year in ("2020", "2021"):
        sheets.append(("Operativo " + year, [header] + [[area, o, p, i, cell(t)] for o, p, i, t in op[year]], [],
                       [1, 2, 3]))
    for year in ("2020", "2021"):
        sheets.append(("Strategico " + year, [header] + [[area, o, None, i, t] for o, i, t in os_kpi[year]], [],
                       [1, 3]))
    sheets.append(("Note", [["Versione approvata dalla Giunta il 30/01/2020"]], [], [0]))
    return sheets


def export_trimestri(path):
    """Issue 13: the long export of an objectives software, one row per indicator and quarter, sorted by quarter
    rather than by hierarchy; the target in Valore, the progress as a fraction of one in Avanzamento."""
    indicators = [("5 AMMINISTRAZIONE TRASPARENTE E ANTICORRUZIONE", "5.1 Trasparenza",
                   "Pubblicazione tempestiva dei dati in Amministrazione trasparente", "Ufficio trasparenza", "100%",
                   ["0,25", "0,5", "0,8", "1"]),
                  ("5 AMMINISTRAZIONE TRASPARENTE E ANTICORRUZIONE", "5.2 Anticorruzione",
                   "Dipendenti formati sul piano anticorruzione", "Ufficio personale", "90%",
                   ["0", "0,3", "0,6", "0,93"]),
                  ("6 SERVIZI DIGITALI", "6.1 Sportello digitale", "Pratiche gestite on line", "Registro imprese",
                   "80%", ["0,7", "0,75", "0,8", "0,85"])]
    rows = [["Anno", "Periodo", "MacroArea", "ObiettivoStrategico", "Indicatore", "StrutturaAssegnataria", "Valore",
             "Avanzamento"]]
    for quarter in range(4):
        for area, os_name, name, unit, target, progress in indicators:
            rows.append(["2020", str(quarter + 1), area, os_name, name, unit, target, progress[quarter]])
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(rows)
    print("scritto", os.path.relpath(path, os.path.dirname(CASI)))


def export_strutture(path):
    """Issue 13: the same export where an indicator is assigned to several units, each with its own target and
    progress; one row per indicator, unit and half-year."""
    rows = [["Anno", "Periodo", "ObiettivoStrategico", "Indicatore", "StrutturaAssegnataria", "Valore",
             "Avanzamento"]]
    data = [("5.1 Trasparenza", "Pubblicazione tempestiva dei dati", [("Segreteria generale", "100%", ["0,5", "1"]),
                                                                      ("Ufficio personale", "100%", ["0,4", "0,8"])]),
            ("5.2 Anticorruzione", "Dipendenti formati", [("Ufficio personale", "90%", ["0,3", "0,9"])])]
    for half in range(2):
        for os_name, name, units in data:
            for unit, target, progress in units:
                rows.append(["2020", str(half + 1), os_name, name, unit, target, progress[half]])
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(rows)
    print("scritto", os.path.relpath(path, os.path.dirname(CASI)))


def export_risultati(path):
    """Issue 24: the long export of a body that computes a strategic objective's result from its own strategic
    indicators alone, one row per indicator, assigned unit and quarter over two years. The body's Relazione 2020
    gives objective 6.1 (and area 6) 37,50 %: the mean of its two strategic indicators ("." in ObiettivoOperativo),
    50 % (mean of two units at 0,5) and 25 %, without operational objective 6.1.1 below (50 %: 50, 100 and the
    agreements at a real 0), which mixed in would give 41,67 %. In 6.1.1, the Ufficio personale's progress falls back in the last quarter (0, 0, 1, 0);
    the agreements with the municipalities have 0 in every quarter while the others have progress (a real 0).
    2021 was exported before any monitoring: every progress is 0."""
    os_name = "6.1 Servizi digitali alle imprese"
    op_name = "6.1.1 Sportello digitale"
    indicators = [(".", "Pratiche telematiche sul totale delle pratiche", "90%",
                   [("Registro imprese", ["0,1", "0,2", "0,4", "0,5"]),
                    ("Ufficio protocollo", ["0,2", "0,3", "0,4", "0,5"])]),
                  (".", "Imprese con domicilio digitale attivo", "60%",
                   [("Registro imprese", ["0", "0,1", "0,2", "0,25"])]),
                  (op_name, "Pratiche SUAP gestite on line", "100%",
                   [("Sportello SUAP", ["0,3", "0,6", "0,9", "1"]),
                    ("Ufficio personale", ["0", "0", "1", "0"])]),
                  (op_name, "Webinar per le imprese", "4",
                   [("Promozione", ["0,25", "0,5", "0,75", "1"])]),
                  (op_name, "Convenzioni con i Comuni per lo sportello", "3",
                   [("Sportello SUAP", ["0", "0", "0", "0"])])]
    rows = [["Anno", "Periodo", "MacroArea", "ObiettivoStrategico", "ObiettivoOperativo", "Indicatore",
             "StrutturaAssegnataria", "Valore", "Avanzamento"]]
    for year in ("2020", "2021"):
        for quarter in range(4):
            for op, name, target, units in indicators:
                for unit, progress in units:
                    rows.append([year, str(quarter + 1), "6 SEMPLIFICAZIONE E DIGITALIZZAZIONE", os_name, op, name,
                                 unit, target, progress[quarter] if year == "2020" else "0"])
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(rows)
    print("scritto", os.path.relpath(path, os.path.dirname(CASI)))


def export_anni(path):
    """Issue 13: the export over two years, with the action column ("." where the indicator belongs to the
    strategic objective itself) and codes written before the names; in 2021 the software renamed macro-area 1,
    keeping its code: the same code with two names, as in the real exports. One indicator text is as long as
    the real ones (about 1,500 characters)."""
    long_text = ("Grado di attuazione del piano di digitalizzazione dei servizi camerali alle imprese, misurato"
                 " come rapporto tra le attività previste dal piano annuale e quelle effettivamente realizzate"
                 " entro la fine dell'anno, comprese ") + "; ".join(
        "la fase %d di analisi, progettazione, sviluppo, collaudo e messa in esercizio del servizio on line"
        " corrispondente, con la relativa comunicazione alle imprese del territorio" % n for n in range(1, 9))
    area = {"2020": "1 COMPETITIVITÀ DELLE IMPRESE", "2021": "1 COMPETITIVITÀ E SVILUPPO DELLE IMPRESE"}
    indicators = [("1.1 Digitalizzazione", "1.1.1 Punto impresa digitale", "Imprese assistite dal PID",
                   "Promozione", "150", ["0,4", "1,1"]),
                  ("1.1 Digitalizzazione", ".", long_text, "Segreteria generale", "100%", ["0,5", "0,95"]),
                  ("1.2 Internazionalizzazione", "1.2.1 Servizi per l'export", "Imprese partecipanti",
                   "Promozione", "50", ["0,3", "0,8"])]
    rows = [["Anno", "Periodo", "MacroArea", "ObiettivoStrategico", "Azione", "Indicatore", "StrutturaAssegnataria",
             "Valore", "Avanzamento"]]
    for year in ("2020", "2021"):
        for half in range(2):
            for os_name, action, name, unit, target, progress in reversed(indicators):
                rows.append([year, str(half + 1), area[year], os_name, action, name, unit, target, progress[half]])
    with open(path, "w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";", lineterminator="\r\n").writerows(rows)
    print("scritto", os.path.relpath(path, os.path.dirname(CASI)))


def cruscotto():
    """Issue 13: one plan in two sheets of different shapes: the "cruscotto" of the strategic objectives (area,
    objective, KPI, weight, targets over three years) and the sheet of the operational objectives, which names its
    strategic objective by code only, with other columns in another order."""
    header = ["Area strategica", "Obiettivo strategico", "KPI", "Peso", "Target 2021", "Target 2022", "Target 2023"]
    areas = [("1 - Competitività delle imprese", [
                 ("1.1 - Sostenere la competitività", "Valore medio performance obiettivi operativi", "50%",
                  [">= 80%", ">= 85%", ">= 85%"]),
                 ("1.2 - Internazionalizzazione", "Imprese esportatrici assistite", "50%", ["40", "45", "50"])]),
             ("2 - Semplificazione amministrativa", [
                 ("2.1 - Tempi del Registro imprese", "Pratiche evase entro 5 giorni", "100%",
                  [">= 90%", ">= 92%", ">= 95%"])])]
    rows = [["Cruscotto degli obiettivi strategici 2021-2023"] + [None] * 6, header]
    merges = []
    for area, objectives in areas:
        if len(objectives) > 1:
            merges.append((len(rows), 0, len(objectives), 1))
        for i, (os_name, kpi, weight, targets) in enumerate(objectives):
            rows.append([area if i == 0 else None, os_name, kpi, cell(weight)] + [cell(t) for t in targets])
    op_rows = [["Obiettivo strategico", "Codice", "Obiettivo operativo", "Indicatore", "Target 2021"],
               ["1.1", "1.1.1", "Punto impresa digitale", "Imprese assistite dal PID", cell("150")],
               ["1.1", "1.1.2", "Formazione digitale", "Eventi di formazione", cell("12")],
               ["1.2", "1.2.1", "Servizi per l'export", "Imprese partecipanti", cell("50")],
               ["2.1", "2.1.1", "Telematizzazione delle pratiche", "Pratiche telematiche", cell(">= 98%")]]
    return [("Cruscotto", rows, merges, [1, 2]), ("Obiettivi operativi", op_rows, [], [2, 3])]


UNITS = ["Segreteria generale", "Registro imprese", "Promozione", "Regolazione del mercato", "Provveditorato",
         "Ragioneria", "Personale", "Studi e statistica"]


def matrice():
    """Issue 13: an objectives x units matrix, one column per organisational unit under a merged "FTE per
    struttura" heading, the FTE each unit gives the objective in its cell, most cells empty. An objective with two
    indicators spans two rows (its cells merged); the last objective has no indicator."""
    objectives = [("1.1.1", "Punto impresa digitale", [("Imprese assistite dal PID", "150"),
                                                       ("Eventi di formazione", "12")],
                   {"Promozione": 2.5, "Studi e statistica": 0.5}),
                  ("1.2.1", "Servizi per l'export", [("Imprese partecipanti", "50")], {"Promozione": 1.5}),
                  ("2.1.1", "Tempi di evasione delle pratiche RI", [("Pratiche evase entro 5 giorni", ">= 90%")],
                   {"Registro imprese": 6, "Segreteria generale": 0.2}),
                  ("2.2.1", "Vigilanza sui prodotti", [("Ispezioni", "40")], {"Regolazione del mercato": 2}),
                  ("3.1.1", "Tempestività dei pagamenti", [("Indice di tempestività dei pagamenti", "<= 0")],
                   {"Ragioneria": 1.5, "Provveditorato": 0.5}),
                  ("3.2.1", "Formazione del personale", [], {"Personale": 1, "Segreteria generale": 0.3})]
    width = 4 + len(UNITS)
    rows = [["Piano della performance 2021 - Obiettivi operativi e strutture (FTE assegnati)"] + [None] * (width - 1),
            ["Codice", "Obiettivo operativo", "Indicatore", "Target 2021", "FTE per struttura"]
            + [None] * (len(UNITS) - 1),
            [None] * 4 + UNITS]
    merges = [(1, 0, 2, 1), (1, 1, 2, 1), (1, 2, 2, 1), (1, 3, 2, 1), (1, 4, 1, len(UNITS))]
    for code, name, indicators, fte in objectives:
        span = max(1, len(indicators))
        first = len(rows)
        for i, (indicator, target) in enumerate(indicators or [(None, None)]):
            head = [code, name] if i == 0 else [None, None]
            units = [{"num": fte[u], "dec": 1} if i == 0 and u in fte else None for u in UNITS]
            rows.append(head + [indicator, cell(target) if target else None] + units)
        if span > 1:
            merges += [(first, 0, span, 1), (first, 1, span, 1)]
            merges += [(first, 4 + u, span, 1) for u in range(len(UNITS)) if UNITS[u] in fte]
    return [("Obiettivi x strutture", rows, merges, [1, 2])]


def main():
    from build_samples import convert, convert_html, docx_to_pdf
    os.makedirs(CASI, exist_ok=True)
    convert(caso1(), os.path.join(CASI, "caso1-azioni-senza-obiettivo.xlsx"), "xlsx")
    caso2(os.path.join(CASI, "caso2-kpi-per-livello.csv"))
    convert(caso3(), os.path.join(CASI, "caso3-missione-sopra-colonne.xlsx"), "xlsx")
    convert_html(caso3_word, os.path.join(CASI, "caso3-obiettivo-titolo-tabella.docx"))
    convert(caso4(), os.path.join(CASI, "caso4-obiettivo-riga-intestazione.xlsx"), "xlsx")
    convert_html(caso5_word, os.path.join(CASI, "caso5-colonna-senza-intestazione.docx"))
    convert(caso6(), os.path.join(CASI, "caso6-due-indicatori-una-cella.xlsx"), "xlsx")
    word = os.path.join(CASI, "caso7-cella-unita-oltre-pagina.docx")
    convert_html(caso7_word, word)
    docx_to_pdf(word, os.path.join(CASI, "caso7-cella-unita-oltre-pagina.pdf"))
    os.remove(word)
    convert(caso8(), os.path.join(CASI, "caso8-tabelle-stessa-pagina.pdf"), "pdf")
    convert(fogli(), os.path.join(CASI, "fogli-piano-per-anno.xlsx"), "xlsx")
    export_trimestri(os.path.join(CASI, "export-trimestri.csv"))
    export_strutture(os.path.join(CASI, "export-strutture.csv"))
    convert(matrice(), os.path.join(CASI, "matrice-strutture.xlsx"), "xlsx")
    export_anni(os.path.join(CASI, "export-anni.csv"))
    convert(cruscotto(), os.path.join(CASI, "cruscotto-e-operativo.xlsx"), "xlsx")
    export_risultati(os.path.join(CASI, "export-risultati.csv"))


if __name__ == "__main__":
    main()
