"""Seed 001: Camera di commercio di Milano Monza Brianza Lodi, Relazione sulla performance 2019, the outcome
tables of sections 1.1-1.4, 2.2 and 2.3, each after its heading and description, as the PDF shows them."""

RI = "Registro delle Imprese\nFront end Registro delle imprese"
TMA = "Tutela del mercato e ambiente"
PSP = "Programmazione strategica e progetti per il territorio"
SP = "Sportelli polifunzionali"
HEADER = ["INDICATORE", "TIPOLOGIA", "ALGORITMO DI CALCOLO", "TARGET %d", "RISULTATO CONSEGUITO", "CENTRO DI RESPONSABILITA’"]

# ("area", text) ("section", "1.1 - NAME", description) ("ind", indicator cell, type, algorithm, target, result, centre)
DOC = [
 ("area", "P.A. SEMPLICE E DIGITALE"),
 ("section", "1.1 - ECOSISTEMA DIGITALE", "Migliorare l’efficienza del Registro Imprese: dall’usabilità delle piattaforme alla qualità dei dati presenti"),
 ("ind", "1.1.1\nPIRA\nGrado di utilizzo del budget stanziato per gli interventi economici dedicati alla semplificazione e digitalizzazione RI", "efficacia", "Valore contabilizzato anno t / Valore di budget anno t", ">=95%", "Obiettivo non raggiunto\nGrado di utilizzo del budget: 47%", RI),
 ("ind", "1.1.2\nPIRA\nRiduzione tempo medio di evasione pratiche RI", "efficienza", "(Tempo medio anno t - tempo medio anno t-1) / Tempo medio anno t", "-10%", "Obiettivo non raggiunto\nPercentuale di raggiungimento: 55", RI),
 ("ind", "1.1.3\nPIRA\nRiduzione n. sospesi giacenti", "efficienza", "(N. sospesi giacenti anno t – n. sospesi giacenti anno t-1)/N. sospesi giacenti anno t", "-5%", "Obiettivo non raggiunto\nPercentuale di raggiungimento: 96", RI),
 ("ind", "1.1.4\nPIRA\nCancellazione d’ufficio per imprese individuali, soc. di persone non operative e soc. di capitali in liquidazione", "efficienza", "N. posizioni cancellate / N. totale posizioni di cancellare", "100% società capitali in liquidazione", "Obiettivo raggiunto\nImprese da verificare: 7.329\nImprese verificate: 7.329", RI),
 ("ind", "1.1.5\nRiduzione n. solleciti", "efficienza", "(N. solleciti anno t - n. solleciti anno t-1)/N. solleciti anno t-1", "-5%", "Obiettivo non raggiunto\nPercentuale di raggiungimento: 60", RI),
 ("ind", "1.1.6\n% pratiche RI attività regolate e artigianato non gestite correttamente (calcolate nel mese di rilevazione)", "qualità erogata", "(N. errori anno t - n. errori anno t-1)/N. di errori anno t-1", "-10%", "Obiettivo raggiunto\nPratiche RI -11%\npratiche attività regolate -16%\npratiche artigianato -37%", RI),
 ("ind", "1.1.7\nVerifica permanenza requisiti spedizionieri con PEC e inibizione prosecuzione attività", "risultato", "N. revisioni effettuate/N. totale posizioni con PEC", "100%", "Obiettivo raggiunto\nImprese da verificare: 190 – Imprese verificate: 190", RI),
 ("ind", "1.1.8\nVerifica permanenza requisiti per agenti e rappresentanti con PEC", "risultato", "N. procedimenti avviati/N. totale posizioni con PEC", "100%", "Obiettivo raggiunto\nVerificato il 100% delle imprese e avviato procedimento di inibizione", RI),
 ("section", "1.2 - ECOSISTEMA DIGITALE", "Rafforzare le attività dei SUAP, favorendo l’arricchimento del fascicolo d’impresa, l’uniformità operativa degli sportelli unici e le connessioni tra le attività dei SUAP e il registro delle imprese/REA"),
 ("ind", "1.2.1\nPIRA\nN. imprese che utilizzano il servizio SUAP associato Camera", "risultato", "n≥x", "4.000", "Obiettivo raggiunto\nN. 5.866 imprese attive che utilizzano il servizio SUAP associato Camera", RI),
 ("ind", "1.2.2\nN. nuovi comuni che aderiscono al servizio SUAP associato Camera", "risultato", "n≥x", "Almeno 3 (di cui uno con n. abitanti > 20.000)", "Obiettivo raggiunto\nN. 3 nuovi Comuni Vimodrone, Biassono e Cesano Maderno (popolazione > a 20.000 abitanti)", RI),
 ("section", "1.3 - ANALISI EVOLUTA DEL DATO", "Offrire all’utente nuove modalità di fruizione dei dati e strumenti innovativi di data visualization"),
 ("ind", "1.3.1\nPIRA\nCreazione di un data set per fornire agli utenti dati RI integrati con altre banche dati camerali", "risultato", "Sì/no", "Sì - Progettazione e individuazione strumento informatico", "Obiettivo raggiunto\nIndividuazione dei set di data da rendere fruibili e sviluppo di una piattaforma collegata al portale camerale e da esso accessibile.", PSP + "\nDigicamere"),
 ("section", "1.4 - SERVIZI ONLINE E SALONE DEL FUTURO", "Valorizzare il rapporto diretto con gli utenti in un’ottica di migliore indirizzamento e guida ai molteplici servizi"),
 ("ind", "1.4.1\nPIRA\n% istanze on line rispetto al totale delle istanze presentate (C.O., Protesti, Certificati e visure, Firma digitale, Carte Tachigrafiche, Libri digitali)", "risultato", "N. istanze on line/N. istanze totai", "22%", "Obiettivo raggiunto\n% istanze on line rispetto al totale delle istanze presentate: 27.", SP),
 ("ind", "1.4.2\nPIRA\nRealizzazione del nuovo salone anagrafico di Via Meravigli", "risultato", "Data", "Realizzazione attività propedeutiche entro il 30.12", "Obiettivo non raggiunto\nPercentuale di raggiungimento: 95", "Tutte le aree"),
 ("ind", "1.4.3\nN. nuove adesioni alla piattaforma Impresa.Italia.it (Cassetto digitale)", "risultato", "n≥x", "25.000", "Obiettivo raggiunto\nN. 29.462 nuove adesioni", SP),
 ("ind", "1.4.4\nN. nuovi rilasci SPID", "risultato", "n≥x", "2.000", "Obiettivo raggiunto\nN. 3.353 nuovi rilasci", SP),
 ("area", "ECOSISTEMA SOSTENIBILE"),
 ("section", "2.2 – VIGILANZA E CONTROLLO", "Adeguare le attività di metrologia legale alla nuova normativa (D.M. 93/2017)"),
 ("ind", "2.2.1\nPIRA\nPPCT\nAdozione Regolamento per l’esecuzione dei controlli ad istanza e del relativo tariffario alla luce del D.M. 93/2017 per il servizio metrico (Delibera di Giunta)", "risultato", "Data", "Entro 31.12", "Obiettivo raggiunto\nRegolamento adottato con Delibera di Giunta n. 209 del 2.12.2019", TMA),
 ("ind", "2.2.2\nReport sulle attività di prevenzione e contrasto alla contraffazione eseguite nelle province di Milano Monza, Brianza, Lodi da tutti gli enti coinvolti nel Comitato anticontraffazione costituito dalla Camera", "risultato", "Sì/no", "Sì", "Obiettivo raggiunto\nIdeazione di un modello di reportistica sulle iniziative realizzate e realizzazione di n. 1 Report", TMA),
 ("ind", "2.2.3\nOrganizzazione di iniziative a presidio della legalità e della prevenzione delle frodi anche con partner esterni", "risultato", "n≥x", "3", "Obiettivo raggiunto.\nRealizzazione di 3 iniziative: -Il settore moda tra in store & online: sviluppo di buone prassi a tutela del consumatore e di una concorrenza leale, in data 22.01.2019; -n.2 incontri su etica pubblica, etica professionale e tutela della trasparenza, in data 10.04.2019 e 12.06.2019", TMA),
 ("section", "2.3 – MONITORAGGIO DELLA TRASPARENZA DEL MERCATO", "Favorire la trasparenza e la sostenibilità ambientale nel mercato delle costruzioni"),
 ("ind", "2.3.1\nRilevazione dei prezzi dei prodotti da costruzione con criteri ambientali minimi", "risultato", "Sì/no", "Sì – Realizzazione attività propedeutiche", "Obiettivo raggiunto\nRealizzazione di una indagine sia attraverso la Commissione prezzi dei materiali da costruzione sia attraverso le aziende del settore sia milanese che lombardo", PSP),
]


# The Relazione 2020 (a sample, not a seed): sections 1.1, 1.2 and 1.4 of the PIRA 2020-2022 (milano_rolling.py),
# its codes, names and 2020 targets; 1.4.4's target is relative to 2019 (3.353 new SPID in the Relazione 2019).
DOC_2020 = [
 ("area", "P.A. SEMPLICE E DIGITALE"),
 ("section", "1.1 - ECOSISTEMA DIGITALE", "Migliorare l’efficienza del Registro Imprese: dall’usabilità delle piattaforme alla qualità dei dati presenti"),
 ("ind", "1.1.1\nPIRA\nGrado di utilizzo del budget stanziato per gli interventi economici dedicati alla semplificazione e digitalizzazione RI", "risultato", "Valore contabilizzato anno t / Valore di budget anno t", "95%", "Obiettivo raggiunto\nGrado di utilizzo del budget: 96%", RI),
 ("ind", "1.1.2\nPIRA\nRiduzione tempo medio di evasione pratiche RI", "efficienza", "Riduzione tempi medi di lavorazione anno t", "-10%", "Obiettivo non raggiunto\nPercentuale di raggiungimento: 80", RI),
 ("ind", "1.1.3\nPIRA\nRiduzione percentuale sospesi giacenti", "efficienza", "Riduzione sospesi giacenti anno t", "-10%", "Obiettivo raggiunto\nRiduzione dei sospesi giacenti: -12%", RI),
 ("section", "1.2 - ECOSISTEMA DIGITALE", "Rafforzare le attività dei SUAP, favorendo l’arricchimento del fascicolo d’impresa, l’uniformità operativa degli sportelli unici e le connessioni tra le attività dei SUAP e il registro delle imprese/REA"),
 ("ind", "1.2.1\nPIRA\nN. imprese che utilizzano servizio SUAP convenzionato Camera", "risultato", "Sommatoria", "5.000", "Obiettivo raggiunto\nN. 6.120 imprese attive che utilizzano il servizio SUAP associato Camera", RI),
 ("ind", "1.2.2\nPIRA\nN. nuovi comuni che aderiscono al servizio SUAP associato Camera", "risultato", "Sommatoria", "3", "Obiettivo non raggiunto\nN. 2 nuovi Comuni", RI),
 ("section", "1.4 - SERVIZI ONLINE E SALONE DEL FUTURO", "Valorizzare il rapporto diretto con gli utenti in un’ottica di migliore indirizzamento e guida ai molteplici servizi"),
 ("ind", "1.4.1\nPIRA\nPercentuale istanze on line rispetto al totale delle istanze presentate (C.O., Protesti, Certificati e Visure, Firma digitale, Carte Tachigrafiche, Libri Digitali)", "risultato", "Istanze on line/Istanze totali", "22%", "Obiettivo raggiunto\n% istanze on line rispetto al totale delle istanze presentate: 31", SP),
 ("ind", "1.4.4\nPIRA\nN. nuovi rilasci SPID", "risultato", "N. nuovi rilasci SPID anno t / N. nuovi rilasci SPID anno t-1", "+10%", "Obiettivo raggiunto\nN. 3.800 nuovi rilasci", SP),
 ("ind", "1.4.5\nPIRA\nN. nuove adesioni alla piattaforma Impresa.Italia.it (Cassetto digitale)", "risultato", "Sommatoria", "27.000", "Obiettivo raggiunto\nN. 28.410 nuove adesioni", SP),
]


def build(year=2019):
    """The Relazione of `year`: the seed's 2019 tables, or the sample's 2020 ones."""
    doc = {2019: DOC, 2020: DOC_2020}[year]
    rows = [[{"text": "Relazione sulla performance %d - Tabelle di rendicontazione" % year, "title": True}], []]
    merges = [(0, 0, 1, 6)]
    for item in doc:
        r = len(rows)
        if item[0] == "area":
            rows.append([{"text": item[1], "title": True}])
            merges.append((r, 0, 1, 6))
        elif item[0] == "section":
            rows.append([{"text": item[1], "title": True}])
            rows.append([{"text": item[2], "plain": True}])
            rows.append([{"text": h.replace("%d", str(year)), "bold": True} for h in HEADER])
            merges += [(r, 0, 1, 6), (r + 1, 0, 1, 6)]
        else:
            _, ind, typ, algo, target, result, centre = item
            rows.append([ind, typ, algo, target, result, centre])
    return [("Relazione %d" % year, rows, merges, {0, 2, 4})]
