"""Seed 002: Camera di commercio di Sondrio, Piano della performance 2022-2024, one wide sheet."""
from fods import cell, pct

URP = 'U.O. "Relazioni con il Pubblico"'
DIG = 'U.O. "Digitalizzazione"'
ANA = 'U.O. "Anagrafe camerale"'
REG = 'U.O. "Regolazione del mercato"'
MKT = 'U.O. "Marketing e comunicazione"'
AREA3 = 'Responsabile Area III "Anagrafico - certificativa"'

# prospettiva, then strategic objectives: (code, name, kpi, targets), their operational objectives:
# (code, name, weight, kpi), their actions: (code, name, weight, kpi, target, s80, s60, t2023, t2024, relatore).
# Rows sit where the seed puts them: 2.1.4 on objective 2.2's first row, 3.2.1-3.2.2 under 3.1,
# 3.3.4 on objective 3.4's first row.
PLAN = [
 ("Sviluppo del tessuto economico locale", [
  ("1", "Competitività del territorio", "ponderazione", ["80%", "80%", "80%"], [
   ("1.1", "Capitale Umano", "20%", "ponderazione", [
    ("1.1.1", "Registro Alternanza Scuola Lavoro - valorizzazione", "25%", "imprese iscritte al RASL 31.12 / imprese attive al RI 31.12", "3,25%", "3,00%", "2,85%", "3,5%", "3,8%", URP),
    ("1.1.2", "Livello di attività in materia di valorizzazione del capitale umano (alternanza, orientamento, promozione apprendistato, certificazione competenze, ecc.)", "25%", "N. incontri ed eventi di informazione e orientamento organizzati nel 2022 direttamente o attraverso iniziative di sistema", "12", "10", "8", "15", "18", URP),
    ("1.1.3", "Grado di adesione alle iniziative promosse in materia di valorizzazione del capitale umano (alternanza, orientamento, promozione apprendistato, certificazione competenze, ecc.)", "25%", "numero partecipanti 2022 (incontri, webinar, ecc.)", "100", "75", "60", "150", "200", URP),
    ("1.1.4", "Nuova Impresa", "25%", "Avvio nuovo servizio (2022) - prestazioni erogate (dal 2023)", "luglio", "settembre", "ottobre", "75", "100", URP)]),
   ("1.3", "Semplificazione", "30%", "ponderazione", [
    ("1.3.1", "Grado di rilascio dispositivi digitali", "25%", "Numero dispositivi rilasciati nell'anno / imprese attive", "15%", "12%", "10%", "15%", "15%", DIG),
    ("1.3.2", "Grado di adesione al cassetto digitale", "25%", "imprese aderenti / imprese attive", "35%", "33%", "31%", "40%", "45%", DIG),
    ("1.3.3", "Grado di coinvolgimento dei Comuni nel Suap", "25%", "Numero comuni aderenti a impresainungiorno/numero comuni aderenti al Suap", "100%", "95%", "90%", "100%", "100%", ANA),
    ("1.3.4", "Livello di utilizzo del portale Impresainungiorno", "25%", "Numero delle pratiche gestite attraverso il portale impresainungiorno/imprese attive", "70%", "68%", "65%", "75%", "80%", ANA)]),
   ("1.4", "Regolazione del mercato", "10%", "ponderazione", [
    ("1.4.1", "Conciliazione, mediazione, arbitrato", "60%", "numero istanze pervenute", "250", "220", "200", "280", "300", REG),
    ("1.4.2", "Conciliazione, mediazione, arbitrato", "40%", "procedure concluse (con o senza accordo) nel 2022 /domande pervenute 2022 al netto delle ritirate", "35%", "30%", "28%", "38%", "40%", REG)]),
   ("1.5", "Certificazione d'impresa e di prodotto", "40%", "ponderazione", [
    ("1.5.1", "Nuovo marchio Valtellina", "100%", "concessioni", "300", "250", "200", "800", "1500", "SG")])]),
  ("2", "Competitività delle imprese", "ponderazione", ["80%", "80%", "80%"], [
   ("2.1", "Internazionalizzazione", "50%", "ponderazione", [
    ("2.1.1", "Livello di supporto alle imprese in materia di internazionalizzazione", "25%", "Numero di imprese supportate per l'internazionalizzazione", "120", "100", "90", "150", "180", "SG"),
    ("2.1.2", "Capacità di risposta dello sportello per l'internazionalizzazione", "10%", "N. quesiti risolti dallo sportello Internazionalizzazione entro 5 GG lavorativi dalla presentazione", "50%", "40%", "30%", "60%", "75%", DIG),
    ("2.1.3", "Livello di attività di informazione e orientamento ai mercati", "25%", "N. incontri ed eventi di informazione e orientamento ai mercati (webinar, web-mentoring ecc.) organizzati dalla CCIAA direttamente o attraverso iniziative di sistema", "24", "20", "16", "30", "36", DIG)]),
   ("2.2", "Digitalizzazione", "50%", "ponderazione", [
    ("2.1.4", "Grado di coinvolgimento delle imprese in attività di internazionalizzazione", "40%", "N. imprese supportate per l'internazionalizzazione / N. imprese esportatrici", "20%", "18%", "16%", "22%", "25%", DIG),
    ("2.2.1", "Azioni di diffusione della cultura digitale realizzate dal PID", "20%", "N. eventi di informazione e sensibilizzazione (seminari, webinar, formazione in streaming, ecc.) organizzati nell'anno dal PID", "12", "10", "8", "15", "18", DIG),
    ("2.2.2", "Capacità di coinvolgimento negli eventi del PID", "25%", "Numero di partecipanti agli eventi del PID", "120", "100", "80", "180", "220", DIG),
    ("2.2.3", "Grado di coinvolgimento delle imprese in attività di assistenza per l'adozione di tecnologie 4.0", "25%", "Numero di imprese assistite per la digitalizzazione e l'adozione di tecnologie 4.0 / imprese attive al 31.12", "1,2%", "1,0%", "0,8%", "1,5%", "1,8%", DIG),
    ("2.2.4", "Livelli di attività di valutazione della maturità digitale delle imprese", "30%", "N. self-assessment e/o assessment guidati (anche eseguiti da remoto) della maturità digitale condotti dal PID", "100", "90", "75", "120", "150", DIG)])])]),
 ("Processi", [
  ("3", "La qualità dei processi", "ponderazione", ["80%", "80%", "80%"], [
   ("3.1", "Tempi dei pagamenti", "20%", "ponderazione", [
    ("3.1.1", "Indice di tempestività dei pagamenti", "100%", "tempi di pagamento (numero gg)/% fatture pagate entro 30 gg", "20", "25", "29", "19", "18", 'U.O. "Ragioneria" e U.O. "Provveditorato"'),
    ("3.2.1", "Rispetto dei tempi di evasione (5 gg) delle pratiche RI - Indice di tempestività", "50%", "tempo medio di evasione delle pratiche/% pratiche evase entro 5 gg (gg.)", "4,0", "4,5", "5", "3,5", "3,0", ANA),
    ("3.2.2", "Percentuale sospensione pratiche RI", "50%", "N. pratiche in errore /N. pratiche lavorate [%]", "28%", "30%", "32%", "27%", "26%", ANA)]),
   ("3.3", "Tempi istruttori", "20%", "ponderazione", [
    ("3.3.1", "Tempi di istruttoria domande liquidazione contributi", "40%", "durata istruttoria (gg.)", "28", "29", "30", "27", "25", 'U.O. "Relazioni con il Pubblico" e U.O. "Progetti di incentivazione e sostegno"'),
    ("3.3.2", "Tempi convocazione incontri di mediazione", "30%", "termine di convocazione incontro preliminare da domanda", "8", "10", "12", "7", "6", REG),
    ("3.3.3", "Tempi emissione sanzioni RI", "15%", "numero di giorni da data violazione e emissione verbale", "50", "55", "60", "50", "50", AREA3)]),
   ("3.4", "Accesso programmato e procedure digitali", "40%", "ponderazione", [
    ("3.3.4", "Tempi emissione ordinanze", "15%", "numero medio di giorni da ricezione verbale non pagato e predisposizione ordinanza alla firma", "150", "180", "210", "150", "150", 'Responsabile Area I "Affari generali e Regolazione del Mercato"'),
    ("3.4.1", "Ricorso alla mediazione telematica", "15%", "numero incontri telematici/totale incontri mediazione", "40%", "35%", "30%", "45%", "45%", REG),
    ("3.4.2", "Rilascio certificati d'origine", "30%", "% rilascio certificati d'origine a distanza (in azienda)/totale certificati di origine", "65%", "60%", "55%", "70", "75", ANA),
    ("3.4.3", "Rilascio programmato (su appuntamento) firme digitali", "15%", "% rilascio dispositivi su appuntamento/totale dispositivi rilasciati", "80%", "70%", "60%", "85%", "85%", DIG),
    ("3.4.4", "Rilascio a distanza firme digitali", "15%", "dispositivi rilasciati a distanza/totale dispositivi rilasciati", "5%", "4%", "3%", "6%", "7%", DIG),
    ("3.4.5", "Punto nuova impresa", "10%", "incontri a distanza/totale incontri", "50%", "40%", "25%", "50%", "50%", URP),
    ("3.4.6", "Sviluppo nuovi servizi digitali (Vivifir e TACI)", "15%", "nuove adesioni a servizi digitali 2022/adesioni totali 2021", "15%", "10%", "5%", "15%", "15%", AREA3)])]),
  ("4", "Comunicazione tra amministrazione", "ponderazione", ["80%", "80%", "80%"], [
   ("4.1", "Trasparenza", "60%", "ponderazione", [
    ("4.1.1", "Puntualità delle pubblicazioni", "100%", "valutazione con report infrannuali (giugno/novembre)", "100%", "90%", "80%", "100%", "100%", "Controller")]),
   ("4.2", "Comunicazione su canale social", "25%", "ponderazione", [
    ("4.2.1", "Comunicazione tramite social media", "100%", "post 2022/post 2021", "100%", "90%", "75%", "105%", "110%", MKT)]),
   ("4.3", "Pari Opportunità", "15%", "ponderazione", [
    ("4.3.1", "Promozione pari opportunità", "100%", "attuazione del piano di azioni positive", "qualitativa", "", "", "", "", "SG")])]),
  ("5", "Soddisfazione dell'utenza e informazione", "ponderazione", ["80%", "80%", "80%"], [
   ("5.1", "Gradimento dei servizi camerali", "100%", "ponderazione", [
    ("5.1.1", "Ampiezza delle analisi di CRM", "60%", "(questionari ricevuti 2022 - questionari ricevuti 2021)/questionari ricevuti 2021", "25%", "15%", "10%", "15%", "10%", MKT),
    ("5.1.2", "Rilevazione customer servizi e progetti per la digitalizzazione", "20%", "livello di gradimento servizi e progetti per la digitalizzazione", "75%", "70%", "60%", "75%", "75%", DIG),
    ("5.1.3", "Rilevazione customer servizio mediazione", "20%", "livello di gradimento servizio di mediazione", "75%", "70%", "60%", "75%", "75%", REG)])])]),
 ("Innovazione e crescita", [
  ("6", "Valorizzazione aziendale integrativa dell'ente", "ponderazione", ["80%", "80%", "80%"], [
   ("6.1", "Formazione e aggiornamento", "100%", "ponderazione", [
    ("6.1.1", "Formazione personale", "70%", "ore di formazione complessive / FTE", "20", "16", "12", "22", "24", 'U.O. "Organizzazione e Performance"'),
    ("6.1.2", "Programma formativo SS.GG.", "30%", "ore di partecipazione al programma formativo per i Segretari Generali / totale ore programma; idoneità finale", "100%", "80%", "60%", "100%", "100%", "SG")])])]),
 ("Economico Finanziaria", [
  ("7", "Utilizzabilità risorse totali", "ponderazione", ["100%", "100%", "100%"], [
   ("7.1", "Equilibrio economico gestione corrente", "100%", "Ponderazione", [
    ("7.1.1", "Indice di equilibrio strutturale (EC27 Pareto - n. 3 Salute economica)", "30%", "(Proventi strutturali* - Oneri strutturali**)/Proventi strutturali*", "11%", "9%", "8%", "11%", "11%", "SG"),
    ("7.1.2", "Incidenza oneri di funzionamento, ammortamenti e accantonamenti sugli Oneri correnti (EC15.2 Pareto - n. 9 Salute economica)", "20%", "Oneri di funzionamento + Ammortamenti e accantonamenti al netto del fondo svalutazione crediti da D.A./Oneri correnti al netto del fondo svalutazione crediti da D.A.", "22%", "25%", "28%", "24%", "24%", "SG"),
    ("7.1.3", "Capacità di generare proventi (EC07 Pareto - n. 1 Efficacia)", "20%", "Proventi correnti - Proventi da diritto annuale - Proventi da Diritti di segreteria - Proventi da Fondo perequativo/Proventi correnti (al netto del fondo svalutazione crediti da D.A.)", "40%", "35%", "30%", "42%", "45%", "SG"),
    ("7.1.4", "Percentuale di incasso diritto annuale (B3.1_02 Pareto - n. 15 Obiettivi comuni)", "30%", "Totale Diritto Annuale incassato entro il 31/12 al netto di interessi e delle sanzioni/Diritto Annuale al netto di interessi e delle sanzioni", "85%", "80%", "78%", "85%", "85%", "SG")])]),
  ("8", "Massimizzazione azioni", "ponderazione", ["100%", "100%", "100%"], [
   ("8.1", "Volumi e servizi promozionali", "100%", "Ponderazione", [
    ("8.1.1", "Incidenza Interventi economici sugli Oneri correnti (Pareto EC15.4 - n. 6 Efficacia)", "25%", "interventi economici/oneri correnti al netto del fondo svalutazione crediti da D.A.", "45%", "40%", "35%", "45%", "45%", "SG"),
    ("8.1.2", "Grado di utilizzo del budget stanziato per gli interventi economici della Camera di commercio (Pareto A1.1_01_rev2018) - n. 10 Efficacia)", "50%", "interventi economici/ interventi economici (preventivo)", "75%", "65%", "60%", "75%", "75%", "SG"),
    ("8.1.3", "Spesa promozionale procapite", "25%", "interventi economici contabilizzati/n° imprese attive al 31/12", "105 €", "95 €", "80 €", "115 €", "120 €", "SG")])]),
  ("9", "Escalante", "", ["100%", "100%", "100%"], [
   ("9.1", "Equilibrio strutturale", "100%", "Ponderazione", [
    ("9.1.1", "Indice di struttura primario (EC05.1 Pareto - n. 14 Obiettivi comuni)", "100%", "Patr. Netto/Immobilizzazioni", "190%", "175%", "150%", "190%", "190%", "SG")])])]),
]

B = lambda t: {"text": t, "bold": True}


def build():
    rows = [
        [B("Prospettiva"), B("Obiettivi strategici"), None, None, None, None, None, B("Obiettivi operativi"), None, None, None,
         B("Azioni"), None, None, None, None, None, None, None, None, B("Relatore")],
        [None, B("cod."), B("descrizione"), B("kpi"), B("Target"), None, None, B("cod."), B("titolo / descrizione"), B("peso"), B("kpi"),
         B("cod."), B("titolo / descrizione"), B("Peso"), B("kpi"), B("target"), B("2022"), None, B("2023"), B("2024"), None],
        [None, None, None, None, B("2022"), B("2023"), B("2024"), None, None, None, None,
         None, None, None, None, None, B("Soglie"), None, None, None, None],
        [None] * 16 + [dict(pct("80%"), bold=True), dict(pct("60%"), bold=True), None, None, None],
    ]
    merges = [(0, 0, 4, 1), (0, 1, 1, 6), (0, 7, 1, 4), (0, 11, 1, 9), (0, 20, 4, 1),
              (1, 1, 3, 1), (1, 2, 3, 1), (1, 3, 3, 1), (1, 4, 1, 3), (1, 7, 3, 1), (1, 8, 3, 1), (1, 9, 3, 1),
              (1, 10, 3, 1), (1, 11, 3, 1), (1, 12, 3, 1), (1, 13, 3, 1), (1, 14, 3, 1), (1, 15, 3, 1),
              (1, 16, 1, 2), (1, 18, 3, 1), (1, 19, 3, 1), (2, 16, 1, 2)]
    for prospettiva, objectives in PLAN:
        p_start = len(rows)
        for os_code, os_name, os_kpi, os_targets, ops in objectives:
            os_start = len(rows)
            for op_code, op_name, op_weight, op_kpi, actions in ops:
                op_start = len(rows)
                for a in actions:
                    code, name, weight, kpi, target, s80, s60, t23, t24, rel = a
                    rows.append([None] * 11 + [code, name, pct(weight), kpi, cell(target), cell(s80), cell(s60),
                                               cell(t23), cell(t24), rel])
                first = rows[op_start]
                first[7:11] = [op_code, op_name, pct(op_weight), op_kpi]
                n = len(rows) - op_start
                if n > 1:
                    merges += [(op_start, c, n, 1) for c in range(7, 11)]
            first = rows[os_start]
            first[1:7] = [os_code, os_name, os_kpi or None] + [pct(t) for t in os_targets]
            n = len(rows) - os_start
            if n > 1:
                merges += [(os_start, c, n, 1) for c in range(1, 7)]
        rows[p_start][0] = prospettiva
        merges.append((p_start, 0, len(rows) - p_start, 1))
    rows.append([])
    rows.append([None, "IL SEGRETARIO GENERALE", None, None, None, None, None, None, None, None, None, None, "LA PRESIDENTE"])
    rows.append([None, "(Marco Bonat)", None, None, None, None, None, None, None, None, None, None, "(Loretta Credaro)"])
    rows.append([None, "firmato digitalmente", None, None, None, None, None, None, None, None, None, None, "firmato digitalmente"])
    return [("Piano 2022-2024", rows, merges, {2, 8, 12, 14})]
