"""The Milano PIRA a year later: the 2020-2022 revision of the complete PIRA 2019-2021 (milano.py), as the chamber
publishes it after the annual rolling. The 2019 column is gone and 2022 is new (an unchanged indicator keeps its
2020 and 2021 targets and repeats the 2021 one for 2022). The status note of an indicator is written in its name
cell, on a line of its own below the name ("Aggiornato in sede di rolling annuale con deliberazione ...").
The changes, one per kind a comparison must see:
  1.1.2  renamed (the typo "partiche"), noted Aggiornato
  1.1.5  withdrawn: still listed, noted Eliminato, no targets
  1.2.1  noted Aggiornato, but its 2020 and 2021 targets are those of the year before (only 2022 is new)
  1.2.2  new, noted Inserito
  1.4.1  2020 target 20% -> 22%, without a note
  1.4.4  new in the PIRA (the Piano della performance 2019 had it, the PIRA did not), targets relative to the
         year before ("+10%"), noted Aggiornato
  1.4.5  new, noted Inserito
  2.4.2  responsible changed, noted Aggiornato
  2.5.1  moved under objective 2.4 (2.5 is gone with it), noted Aggiornato
  3.1.2  gone, without a note
"""
import milano

NOTE = "in sede di rolling annuale con deliberazione della Giunta n. 97 del 22 luglio 2019"
AGGIORNATO = "Aggiornato " + NOTE
INSERITO = "Inserito " + NOTE
ELIMINATO = "Eliminato " + NOTE
SP = "Sportelli polifunzionali"
RI = milano.RI

# code -> changes of the indicator's tuple: name, targets (2020, 2021, 2022), centre, note
CHANGES = {
    "1.1.2": {"name": "Riduzione tempo medio di evasione pratiche RI", "note": AGGIORNATO},
    "1.1.5": {"targets": ("", "", ""), "note": ELIMINATO},
    "1.2.1": {"targets": ("5000", "5500", "6000"), "note": AGGIORNATO},
    "1.4.1": {"targets": ("22%", "25%", "30%")},
    "2.4.2": {"centre": "Camera Arbitrale/Tutela del mercato e ambiente", "note": AGGIORNATO},
    "2.5.1": {"note": AGGIORNATO},
}
GONE = {"3.1.2"}
# code of the indicator after which the new one is listed -> new indicators
ADDED = {
    "1.2.1": [("ind", "1.2.2", "N. nuovi comuni che aderiscono al servizio SUAP associato Camera", "Misura la diffusione del servizio SUAP associato presso i Comuni del territorio", "risultato", "numero", "Digicamere", "Sommatoria", "3", "3", "3", RI, INSERITO)],
    "1.4.2": [("ind", "1.4.4", "N. nuovi rilasci SPID", "Misura la diffusione dell'identità digitale tra cittadini e imprese", "risultato", "numero", SP, "N. nuovi rilasci SPID anno t / N. nuovi rilasci SPID anno t-1", "+10%", "+10%", "+10%", SP, AGGIORNATO),
              ("ind", "1.4.5", "N. nuove adesioni alla piattaforma Impresa.Italia.it (Cassetto digitale)", "Misura la diffusione del cassetto digitale dell'imprenditore", "risultato", "numero", SP, "Sommatoria", "27000", "30000", "33000", SP, INSERITO)],
}
MOVED_FROM = "2.5 "   # the objective whose indicator moves under the objective before it


def rolled(item):
    """An indicator of 2019-2021 as the 2020-2022 revision lists it, its note (or None) last."""
    _, code, name, descr, typ, unit, source, algo, t19, t20, t21, centre = item
    change = CHANGES.get(code, {})
    t20, t21, t22 = change.get("targets", (t20, t21, t21))
    return ("ind", code, change.get("name", name), descr, typ, unit, source, algo, t20, t21, t22,
            change.get("centre", centre), change.get("note"))


def revised():
    """The document of 2020-2022: milano's complete document with the changes above."""
    doc = []
    skipping = False
    for item in milano.complete_doc():
        if item[0] == "op":
            skipping = item[1].startswith(MOVED_FROM)
            if skipping:
                continue
        if skipping and item[0] == "header":
            continue
        if item[0] != "ind":
            doc.append(item)
            continue
        if item[1] in GONE:
            continue
        doc.append(rolled(item))
        doc.extend(ADDED.get(item[1], []))
    return doc


def build():
    """The PDF's sheet: milano's layout for 2020-2022, each note on its own line in the name cell."""
    doc = [item[:2] + (item[2] + "\n" + item[12] if item[12] else item[2],) + item[3:12] if item[0] == "ind"
           else item for item in revised()]
    return milano.render(doc, 2020)
