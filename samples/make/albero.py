"""Seed 004: the "Albero della performance 2020" of the Camera di commercio di Alessandria (sede di Alessandria), as
the Giunta's annex gives it: not a table but blocks of lines. A heading line ("Area Strategica", "Obiettivo
Strategico", "Programma", "Obiettivo Operativo") and the element's name on the next line (operational objectives
open with their code, "011-005-001 ..."); "Indicatori", then for each indicator its name and the lines "Peso 40 %",
"Stato 6", "Target 2020 >= 3"; "Azione" and the budget lines of the actions. Written as HTML paragraphs and saved as
DOCX by LibreOffice Writer.

The seed's text interleaves the blocks of areas 2 and 3 (a strategic objective's indicators printed under
"Obiettivo Operativo", key/value lines run together on one line, the "Target 2022" of one indicator printed after
the next heading, the headings of area 3's operational objectives lost): the tree below puts each block back under
its heading, with the seed's names and values unchanged."""
import html

VM = "Valore medio performance obiettivi operativi"
CUSTOMER = "Customer servizi camerale - Rilevazione del grado di soddisfazione dell'utenza"


def ind(name, peso, stato, *targets):
    return (name, peso, stato, list(targets))


def three(value):
    return [value, value, value]


TREE = [
    ("AREA1 - SOSTENERE L'INNOVAZIONE E IL RILANCIO COMPETITIVO DEI TERRITORI", [
        ("GARANTIRE IL RAFFORZAMENTO DELLE IMPRESE", [
            ind("Organizzazione momenti formativi per le imprese su tematiche specifiche ed innovative", "40 %", "6",
                *three(">= 3")),
            ind(VM, "60 %", "100", *three(">= 80")),
        ], "005 Promozione e attuazione di politiche di sviluppo, competitività e innovazione, di responsabilità"
           " sociale d'impresa e movimento cooperativo", [
            ("011-005-001 Regolamentazione, incentivazione dei settori imprenditoriali e riassetto industriali", [
                ind("Realizzazione di iniziative formative/informative in collaborazione con il Comitato per"
                    " l'imprenditoria femminile rivolte prevalentemente a donne imprenditrici o aspiranti tali",
                    "14,29 %", "1", ">= 1"),
                ind("Grado di utilizzo delle risorse stanziati per il sostegno alla diffusione della digitalizzazione"
                    " delle imprese", "14,29 %", "100 %", ">= 60 %"),
                ind("Iniziativa formative e informative (convegni, congressi, seminari, percorsi formativi) rivolte"
                    " alle imprese", "14,29 %", "10", ">= 3"),
                ind("Grado di utilizzo delle risorse stanziati per l'orientamento al lavoro e alle professioni",
                    "14,29 %", "100 %", ">= 60 %"),
                ind("Grado di utilizzo delle risorse stanziati per la valorizzazione del turismo e del patrimonio"
                    " culturale", "14,26 %", "---", ">= 60 %"),
                ind("Pubblicazione, diffusione e divulgazione del bilancio di genere", "14,29 %", "---", "SI"),
                ind("Coordinare le attività di CAMERA DI COMMERCIO e AZIENDA SPECIALE ASPERIA per la realizzazione di"
                    " iniziative promozionali a favore del territorio", "14,29 %", "---", "SI"),
            ], ["1.11.5.01.05 Promozione e servizi generali a rilevanza economica",
                "1.11.5.01.07 Valorizzazione del turismo e del patrimonio culturale",
                "1.11.5.01.09 Supporto alla diffusione della digitalizzazione",
                "1.11.5.01.10 Altri interventi",
                "1.11.5.01.08 Orientamento al lavoro e alle professioni",
                "1.11.5.01.12 Altri interventi (adesione SLALA)",
                "1.11.5.01.13 Altri interventi (adesione a Sportello Ambiente)",
                "1.11.5.01.14 Valorizzazione del turismo e del patrimonio culturale (adesione DMO)",
                "1.11.5.01.15 Sostegno alle crisi di Impresa",
                "1.11.5.01.50 Contributi imprese COVID 19: copertura costi fissi",
                "1.11.5.01.51 Contributi imprese COVID 19: spese per sicurezza",
                "1.11.5.01.52 Contributi imprese COVID 19: iniziative a supporto imprese"]),
            ("011-005-003 Efficienza processi tecnico amministrativi", [
                ind("Customer servizi camerali - Rilevazione del grado di soddisfazione dell'utenza", "100 %", "---",
                    ">= 3"),
            ], ["Attività dei cdc collegati alla missione: Funzione D (esclusa internazionalizzazione)"]),
        ]),
    ]),
    ("AREA 2 - RAFFORZARE IL MERCATO E PROMUOVERE L'IMPRESA ITALIANA NEL MONDO", [
        ("PROMUOVERE LA REGOLAZIONE DEL MERCATO", [
            ind("Sportello Suap: numero di comuni con funzioni di backoffice", "20 %", "60", *three(">= 60")),
            ind(VM, "60 %", "100", *three(">= 80")),
            ind("Percentuale di evasione delle pratiche registro imprese entro i termini (5 giorni) maggiore della"
                " media nazionale dell'anno precedente", "20 %", "---", *three("SI")),
        ], "004- Vigilanza sui mercati e sui prodotti e tutela dei consumatori", [
            ("012-004-001 Vigilanza sui mercati e sui prodotti e tutela dei consumatori", [
                ind("Grado di utilizzo delle risorse stanziare per il supporto della Camera Arbitrale e per la tutela"
                    " dei consumatori", "50 %", "100 %", ">= 60 %"),
                ind("Iniziativa in tema di diffusione attività conciliativa e di strumenti per la trasparenza del"
                    " mercato e la tutela dei consumatori", "50 %", "2", ">= 2"),
            ], ["2.12.4.01.01 Supporto alla Camera Arbitrale del Piemonte",
                "2.12.4.01.03 Progetti relativi alla trasparenza del mercato e tutela dei consumatori"]),
            ("012-004-003 Efficienza processi tecnico amministrativi", [
                ind(CUSTOMER, "50 %", "---", ">= 3"),
                ind("Riorganizzazione dell'unità Registro Imprese in un'ottica di miglioramento della qualità dei"
                    " servizi all'utenza", "50 %", "---", "SI"),
            ], ["Attività dei cdc collegati alla missione Servizi Anagrafico certificativi"]),
            ("012-004-004 Efficienza processi tecnico amministrativi", [
                ind(CUSTOMER, "100 %", "---", ">= 3"),
            ], ["Attività dei cdc collegati alla missione - Regolazione del mercato"]),
        ]),
        ("ACCOMPAGNARE E TUTELARE LE IMPRESE NEL RILANCIO COMPETITIVO E NELL'ESPANSIONE ALL'ESTERO", [
            ind("Supporto organizzativo e assistenza alle PMI per la preparazione ai mercati internazionali", "40 %",
                "4", *three(">= 2")),
            ind(VM, "60 %", "100", *three(">= 80")),
        ], "005 - Sostegno all'internazionalizzazione delle imprese e promozione del made in Italy", [
            ("016-005-001 Sostegno all'internazionalizzazione delle imprese e promozione del made in Italy", [
                ind("Partecipazione alle iniziative formative e informative a sostegno dell'internazionalizzazione",
                    "50 %", "177", ">= 60"),
                ind("Grado di utilizzo delle risorse a budget per iniziative a sostegno dell'internazionalizzazione",
                    "50 %", "---", ">= 60 %"),
            ], ["2.16.5.01.01 Contributo alla \"Società Consortile per l'internazionalizzazione\" - Ceip",
                "2.16.5.01.04 Altri interventi"]),
            ("016-005-002 Efficienza processi tecnico amministrativi", [
                ind(CUSTOMER, "100 %", "---", ">= 3"),
            ], ["Attività dei cdc collegati alla missione - Internazionalizzazione"]),
        ]),
    ]),
    ("AREA 3 - RAFFORZARE LO STATO DI SALUTE DEL SISTEMA", [
        ("GARANTIRE LA SOLIDITA' ECONOMICA E PATRIMONIALE", [
            ind("Solidità finanziaria", "40 %", "68,72 %", *three(">= 45 %")),
            ind(VM, "60 %", "97,27", *three(">= 80")),
        ], "002 - Indirizzo politico", [
            ("032-002-001 Partecipazione al sistema camerale e supporto alla coesione territoriale", [
                ind("Grado di utilizzo delle risorse stanziati", "100 %", "---", ">= 60 %"),
            ], ["3.32.2.01.01/14 Gestione partecipazioni al sistema camerale e al supporto alla coesione"
                " territoriale"]),
            ("032-002-002 Efficienza processi tecnico amministrativi", [
                ind(CUSTOMER, "100 %", "---", ">= 3"),
            ], ["Attività dei cdc collegati alla missione: Funzioni istituzionali, Segreteria e protocollo e"
                " Statistica"]),
            ("032-002-003 Solidità economico-patrimoniale", [
                ind("Solidità finanziaria", "100 %", "68,72 %", ">= 45 %"),
            ], []),
        ]),
        ("GARANTIRE L'EFFICIENZA DI GESTIONE DEI SERVIZI", [
            ind("Incidenza degli oneri di funzionamento sugli oneri correnti", "20 %", "28,98 %", "<= 30 %",
                "<= 50 %", "<= 50 %"),
            ind(VM, "60 %", "100", *three(">= 80")),
            ind("Sviluppo-diffusione della cultura dell'anticorruzione", "20 %", "---", *three(">= 3")),
        ], "003 - Servizi e affari generali per le amministrazioni di competenza", [
            ("032-003-001 Servizi generali e formativi", [
                ind("Partecipazione dei dipendenti camerale ad iniziative formative di aggiornamento e"
                    " qualificazione", "100 %", "46", ">= 35"),
            ], ["3.32.4.01.01/08 Corsi formazione interni ed esterni per aggiornamento e qualificazione del"
                " personale"]),
            ("032-003-002 Servizi e affari generali", [
                ind("Definizione progetti/iniziativa per il miglioramento della qualità dei servizi", "25 %", "1",
                    ">= 1"),
                ind("Implementazione e miglioramento infrastruttura tecnologica e servizi multimediali con"
                    " particolare riferimento agli spazi camerale a servizio dell'utenza", "25 %", "---", "SI"),
                ind("Coordinare iniziative volte al miglioramento della qualità e garantire nel tempo l'efficienza"
                    " dei servizi", "25 %", "---", "SI"),
                ind("Organizzazione e sviluppo competenze in rapporto alle funzioni previste dalla riforma", "25 %",
                    "---", "SI"),
            ], ["3.32.3.02.01 Progetti interni coinvolgenti la struttura camerale"]),
            ("032-003-003 Efficienza processi tecnico amministrativi", [
                ind(CUSTOMER, "100 %", "---", ">= 3"),
            ], ["Attività dei cdc collegati alla missione - Servizi di supporto"]),
            ("032-003-004 Efficienza di gestione", [
                ind("Incidenza proventi correnti su proventi totali", "50 %", "83,82 %", ">= 60 %"),
                ind("Incidenza degli oneri di funzionamento sugli oneri correnti", "50 %", "28,89 %", "<= 30 %"),
            ], []),
        ]),
    ]),
]


def indicator_lines(indicators):
    out = ["Indicatori"]
    for name, peso, stato, targets in indicators:
        out += [name, "Peso %s" % peso, "Stato %s" % stato]
        out += ["Target %d %s" % (2020 + i, t) for i, t in enumerate(targets)]
    return out


def lines():
    out = []
    for area, objectives in TREE:
        out += ["#Area Strategica", area]
        for name, indicators, programme, operational in objectives:
            out += ["#Obiettivo Strategico", name] + indicator_lines(indicators)
            out += ["#Programma", programme, "#Obiettivo Operativo"]
            for code_name, op_indicators, actions in operational:
                out += ["##" + code_name] + indicator_lines(op_indicators)
                if actions:
                    out += ["Azione"] + actions
    return out


def write_html(path):
    out = ['<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Albero della Performance 2020</title>'
           '</head><body>', "<h1>Camera di commercio Alessandria-Asti</h1>", "<h2>Albero della Performance 2020</h2>",
           "<p>sede di Alessandria</p>"]
    for line in lines():
        if line.startswith("##"):
            out.append("<h4>%s</h4>" % html.escape(line[2:]))
        elif line.startswith("#"):
            out.append("<h3>%s</h3>" % html.escape(line[1:]))
        else:
            out.append("<p>%s</p>" % html.escape(line))
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
