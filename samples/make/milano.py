"""Seed 000: Camera di commercio di Milano Monza Brianza Lodi, PIRA 2019-2021 (missions 011, 016, 032).
One sheet; each level opens with a row of its own; each operational objective has its own header row,
where "Indicatori" spans the code and the name columns."""
from fods import cell

CG = "Controllo di gestione"
PSP = "Programmazione strategica e progetti per il territorio"
CSI = "Comunicazione e sviluppo delle imprese"
HEADER_DESC = "Descrizione Indicatori"

# ("missione", code+name) ("programma", text, budget) ("os", text, [paragraphs])
# ("op", text, one_cell) ("header", description header) ("ind", code, name, descr, type, unit, source, algorithm, 2019, 2020, 2021, centre)
DOC = [
 ("missione", "011 Competitività e sviluppo delle imprese"),
 ("programma", "005 Promozione e attuazione di politiche di sviluppo competitività e innovazione di responsabilità sociale d'impresa e movimento cooperativo", 22233050),
 ("os", "3. IMPRESE SOLIDE INNOVATIVE INTERNAZIONALI", [
  "Le imprese si trovano oggi inserite in uno scenario economico sempre più complesso dove il successo è determinato dalla capacità di ottenere un vantaggio competitivo in termini di innovazione ed internazionalizzazione. A supporto dei soggetti economici e del mondo imprenditoriale l'Ente volge la sua attenzione a tali sfide ed investe risorse su una gamma di iniziative finalizzate a creare valore e a dare utilità agli stakeholder di riferimento. I temi oggetto delle politiche camerali a sostegno dell'economia del territorio riguardano l'innovazione, il credito e l'internazionalizzazione (quest'ultimo confluisce nella missione 16-005 internazionalizzazione del sistema produttivo).",
  "La declinazione in obiettivi operativi è la seguente:",
  "INNOVAZIONE: Anticipare le esigenze di innovazione delle MPMI- Diffondere la conoscenza del paradigma Industria 4.0 e l'adozione di soluzioni tecnologiche da parte delle imprese del territorio",
  "CREDITO: Favorire la composizione e la chiusura delle crisi da sovraindebitamento - Favorire il percorso di orientamento per l'accesso al credito delle MPMI e delle start up"]),
 ("op", "3.1. INNOVAZIONE: Anticipare le esigenze di innovazione delle MPMI - Diffondere la conoscenza del paradigma Industria 4.0 e l'adozione di soluzioni tecnologiche da parte delle imprese del territorio -", False),
 ("header", HEADER_DESC),
 ("ind", "3.1.1", "Grado di utilizzo del budget stanziato per gli interventi economici della Camera di commercio (indicatore Pareto)", "Indica il grado utilizzo delle risorse stanziato per gli interventi economici a favore del tessuto economico locale e la capacità della Camera di rispettare nell'esercizio la programmazione delle attività e delle iniziative previste", "risultato", "percentuale", CG, "Valore contabilizzato relativo agli interventi economici anno t/Valore di budget relativo agli interventi economici anno t", "95%", "95%", "95%", "Camera di commercio"),
 ("ind", "3.1.2", "Progetti strategici finanziati con l'aumento del 20% del diritto annuale: percentuale di realizzazione dei KPI del progetto Punto Impresa Digitale", "Misura la realizzazione del progetto PID finanziato con l'incremento del 20% del Diritto Annuale", "efficacia", "percentuale", CG, "KPI realizzati/KPI stabiliti in sede di programmazione progetto", "100%", "", "", PSP),
 ("ind", "3.1.3", "Percentuale di giudizi positivi sull'utilità delle iniziative messe in campo dalla Camera in materia di innovazione", "Indica attraverso la rilevazione dei giudizi di livello sufficiente l'utilità percepita da parte degli utenti.", "efficacia qualitativa", "percentuale", "Qualità e audit interno/Promos", "Somma delle risposte con giudizi positivi (≥ sufficiente) espressi dagli utenti / Numero totale delle risposte degli utenti", "90%", "90%", "90%", "Comunicazione e sviluppo delle imprese/ Programmazione strategica e progetti per il territorio"),
 ("op", "3.2. CREDITO: Favorire la composizione e la chiusura delle crisi da sovraindebitamento - Favorire il percorso di orientamento per l'accesso al credito delle MPMI e delle start up", False),
 ("header", HEADER_DESC),
 ("ind", "3.2.1", "Risorse complessive contabilizzate a sostegno dell'accesso al credito (importo contabilizzato rispetto al preventivato)", "Capacità di raggiungere gli obiettivi prefissati e dare attuazione agli impegni", "efficacia", "numero", CG, "Importo contabilizzato/Importo preventivato", "95%", "95%", "95%", CSI),
 ("ind", "3.2.2", "Incremento percentuale di nuove imprese ed aspiranti imprenditori assistiti e informati (in materia di credito bancario, garanzie, finanza digitale, bandi ecc.) tramite lo sportello per l'orientamento finanziario", "Capacità di coinvolgere nuove imprese in attività di accompagnamento e orientamento sul credito", "risultato", "percentuale", CSI, "n. nuove imprese ed aspiranti imprenditori assistiti ed informati anno t/stock n. imprese assistite ed informate anno t-1", "+20%", "+20%", "+20%", CSI),
 ("os", "4. TERRITORIO ATTRATTIVO", [
  "Grazie alla visibilità offerta da Expo2015 Milano si è confermata come una delle metropoli più attrattive di Europa. Tutta l'area della Grande Milano ha registrato un incremento del 12% del numero di presenze turistiche negli ultimi 5 anni. Forte di questo successo la nuova Camera, nel rinnovato assetto istituzionale che comprende anche le province di Monza Brianza e Lodi, promuove ed investe in politiche territoriali in materia di turismo, qualità della vita e offerta culturale a favore dei diversi stakeholder interessati (istituzioni, operatori economici, mondo associativo) allargando a tutti i territori di competenza il proprio raggio di azione.",
  "La declinazione in obiettivi operativi è la seguente:",
  "TURISMO: Rappresentare e promuovere la destination proposition di Milano e della Lombardia in modalità innovativa - Incrementare l'attrattività e l'integrazione turistica dei territori",
  "CULTURA: Migliorare l'attrattività di Milano come \"città dei talenti\" valorizzando il rapporto tra Leonardo e la città - Delinare il posizionamento strategico della Villa Reale di Monza come attrattore turistico",
  "SVILUPPO URBANO: Promuovere la conoscenza presso gli stakeholder dei principali processi di trasformazione che interessano la regione urbana - Descrivere la struttura dell'area logistica milanese al fine di accrescerne la competitività"]),
 ("op", "4.1 TURISMO: Rappresentare e promuovere la destination proposition di Milano e della Lombardia in modalità innovativa - Incrementare l'attrattività e l'integrazione turistica dei territori", True),
 ("header", HEADER_DESC),
 ("ind", "4.1.1", "Grado di utilizzo del budget stanziato per gli interventi economici dedicati al turismo e marketing territoriale (al netto dei progetti 20%) della Camera di commercio", "Indica il grado utilizzo delle risorse stanziato per gli interventi economici dedicati al turismo e la capacità della Camera di rispettare nell'esercizio la programmazione delle attività e delle iniziative previste", "risultato", "percentuale", CG, "Valore contabilizzato per il turismo e marketing territoriale (al netto dei progetti 20%) anno t / Valore di budget relativo agli interventi economici turismo e marketing territoriale. (al netto dei progetti 20%) anno t", "95%", "95%", "95%", PSP),
 ("ind", "4.1.2", "Progetti strategici finanziati con l'aumento del 20% del diritto annuale: percentuale di realizzazione dei KPI del progetto Turismo", "Misura la realizzazione e l'efficacia del progetto Turismo finanziato con l'incremento del 20% del Diritto Annuale", "efficacia", "percentuale", CG, "KPI realizzati/KPI stabiliti in sede di programmazione progetto", "100%", "", "", PSP),
 ("op", "4.3 SVILUPPO URBANO: Promuovere la conoscenza presso gli stakeholder dei principali processi di trasformazione che interessano la regione urbana - Descrivere la struttura dell'area logistica milanese al fine di accrescerne la competitività", True),
 ("header", HEADER_DESC),
 ("ind", "4.3.1", "Presentazione agli stakeholder dello studio finalizzato a descrivere la struttura e le condizioni di contesto del polo logistico milanese", "Misura la realizzazione del progetto di analisi della regione logistica milanese e di benchmarking europeo entro il termine prefissato", "risultato", "realizzazione", "Studi statistica e programmazione", "data entro il", "31/12/2019", "", "", PSP),
 ("missione", "016 Commercio internazionale ed internazionalizzazione del sistema produttivo"),
 ("programma", "005 Sostegno all'internazionalizzazione delle imprese e promozione del Made in Italy", 3313879),
 ("os", "3. IMPRESE SOLIDE INNOVATIVE INTERNAZIONALI", [
  "Le politiche camerali per la competitività delle imprese sono finalizzate anche al supporto all'internazionalizzazione delle imprese stesse. La Camera di commercio intende investire in azioni che favoriscano l'apertura internazionale delle imprese passando dal finanziamento di iniziative dedicate all'export digitale fino alla promozione del territorio per l'attrazione di investimenti esteri.",
  "La declinazione in obiettivi operativi è la seguente:",
  "INTERNAZIONALIZZAZIONE: Promuovere le opportunità di investimento su territorio lombardo - Supportare le imprese che intendono operare con l'estero - Individuare partner commerciali esteri, interessati e qualificati, per sviluppare il business sui mercati internazionali"]),
 ("op", "3.3 INTERNAZIONALIZZAZIONE: Promuovere le opportunità di investimento su territorio lombardo - Supportare le imprese che intendono operare con l'estero - Individuare partner commerciali esteri, interessati e qualificati, per sviluppare il business sui mercati internazionali", False),
 ("header", HEADER_DESC),
 ("ind", "3.3.1", "Grado di utilizzo del budget stanziato per gli interventi economici dedicati all'internazionalizzazione della Camera di commercio", "", "risultato", "percentuale", CG, "Valore contabilizzato per l'internazionalizzazione anno t/Valore di budget relativo agli interventi economici per l'internazionalizzazione anno t", "95%", "95%", "95%", CSI),
 ("ind", "3.3.2", "Percentuale di giudizi positivi sull'utilità delle iniziative messe in campo dalla Camera in materia di internazionalizzazione", "", "efficacia qualitativa", "numero", "Qualità e audit interno/Promos", "Somma delle risposte con giudizi positivi (≥ sufficiente) espressi dagli utenti / Numero totale delle risposte degli utenti", "90%", "90%", "90%", "Comunicazione e sviluppo delle imprese/ Promos"),
 ("ind", "3.3.3", "Incremento percentuale di nuove imprese assistite nelle diverse fasi di approccio ai mercati esteri bando internazionalizzazione e incoming buyer", "", "risultato", "percentuale", "Promos", "n. nuove imprese assistite anno t/stock di imprese assistite nel triennio precedente", "+10%", "+10%", "+10%", "Comunicazione e sviluppo delle imprese/ Promos"),
 ("missione", "032 Servizi istituzionali e generali delle amministrazioni pubbliche"),
 ("programma", "003 Servizi e affari generali per le amministrazioni di competenza", 653500),
 ("os", "6. FATTORI ABILITANTI", [
  "I fattori abilitanti rappresentano il contesto entro cui la struttura opera per l'attuazione delle linee strategiche tracciate dagli organi politici e il raggiungimento dei target stabiliti.",
  "Le leve interne individuate riguardano il sistema di KPI e il monitoraggio della qualità dell'azione camerale, la digitalizzazione dei processi organizzativi, lo sviluppo del capitale umano e il lifelong learning e l'evoluzione dei sistemi di comunicazione e profilazione delle esigenze dell'utente.",
  "La declinazione in obiettivi operativi è la seguente:",
  "KPI, MONITORING E CUSTOMER SATISFACTION: Introdurre un set di indicatori per la misurazione efficace di iniziative promozionali e servizi",
  "STRUMENTI DIGITALI: Promuovere la digitalizzazione e l'integrazione dei processi organizzativi, amministrativi e gestionali",
  "RISORSE UMANE E FORMAZIONE CONTINUA: Implementare le soft skills, le competenze digitali e la cultura della legalità - Applicare le disposizioni previste dai D.Lgs. N. 74-75/2015 e dal nuovo CCNL Funzioni Locali - Rivedere e semplificare il sistema di pesatura delle posizioni organizzative",
  "CRM & COMUNICAZIONE: Valorizzare i canali digitali e favorire l'accesso ai servizi da parte dell'utenza mediante una profilazione dei bisogni"]),
 ("header", HEADER_DESC),
 ("ind", "6.0.1", "Equilibrio economico della gestione corrente (indicatore Pareto)", "Misura la capacità di coprire le spese correnti (ovvero di gestione) con i soli proventi correnti", "risultato", "valore", CG, "Oneri correnti/Proventi correnti CCIAA", "1", "1", "1", "Camera di commercio"),
 ("ind", "6.0.2", "Incidenza oneri di funzionamento sugli Oneri correnti(indicatore Pareto)", "Misura l'incidenza degli Oneri di funzionamento sul totale degli Oneri Correnti. Ottimizzazione nella gestione dei costi di funzionamento.", "efficienza", "percentuale", CG, "Oneri di funzionamento /Oneri correnti al netto del fondo svalutazione crediti da D.A", "34%", "34%", "34%", "Camera di commercio"),
 ("ind", "6.0.3", "Incidenza Interventi economici sugli Oneri correnti(indicatore Pareto)", "Misura l'incidenza degli Interventi economici sul totale degli Oneri correnti. Capacità di investire risorse per il territorio.", "risultato", "percentuale", CG, "Interventi economici/ Oneri correnti al netto del fondo svalutazione crediti da D.A", "36%", "36%", "36%", "Camera di commercio"),
 ("ind", "6.0.4", "Tempi medi di pagamento dei fornitori", "Misura i livelli di ottimizzazione dei tempi di pagamento delle fatture di acquisto di beni e servizi", "risultato", "numero giorni", "Contabilità bilancio e finanza CCIAA", "∑ gg data scadenza fattura e data pagamento moltiplicata per l'importo pagato e rapportato alla somma degli importi pagati nell'anno T (DPCM 22/09/2014)", "≤6", "≤6", "≤6", "Amministrazione e finanza"),
 ("op", "6.1 KPI, MONITORING E CUSTOMER SATISFACTION: Introdurre un set di indicatori per la misurazione efficace di iniziative promozionali e servizi", False),
 ("header", "Misura la capacità della Camera di promuovere sinergie per il finanziamento di iniziative promozionali"),
 ("ind", "6.1.1", "N. report trimestrali relativi al raggiungimento dei KPI per la misurazione delle iniziative economiche e progetti", "Capacità di misurazione efficace di progetti ed iniziative economiche attraverso report di monitoraggio dei KPI", "output", "numero", CG, "Sommatoria", "1", "3", "4", "Segreteria Generale"),
 ("ind", "6.1.2", "Messa a punto di un modello di customer e numero di indagini realizzate", "Capacità di realizzare un modello di customer per la misurazione efficace della qualità percepita", "realizzazione", "realizzazione", "Qualità e audit interno", "si - Sommatoria", "2", "2", "2", "Segreteria Generale"),
 ("op", "6.2 STRUMENTI DIGITALI: Promuovere la digitalizzazione e l'integrazione dei processi organizzativi, amministrativi e gestionali", False),
 ("header", HEADER_DESC),
 ("ind", "6.2.1", "Affidamento fornitura nuovo sistema per gestione integrata dei processi relativi al budget, contabilità, acquisti, magazzino e logistica entro il 30/9/2019", "Indica la capacità di promuovere la gestione integrata dei processi amministrativi", "risultato", "realizzazione", "U.O Gare CCIAA", "data entro il", "30/09/2019", "", "", "Amministrazione e finanza/Acquisti"),
 ("op", "6.3 RISORSE UMANE E FORMAZIONE CONTINUA: Implementare le soft skills, le competenze digitali e la cultura della legalità - Applicare le disposizioni previste dai D.Lgs. N. 74-75/2015 e dal nuovo CCNL Funzioni Locali - Rivedere e semplificare il sistema di pesatura delle posizioni organizzative", False),
 ("header", HEADER_DESC),
 ("ind", "6.3.1", "Percentuale dipendenti formati su soft skills", "Indica la capacità di garantire l'aggiornamento del personale per incrementare le soft skills", "risultato", "percentuale", "U.O. Risorse umane e relazioni sindacali", "N. dipendenti formati soft skills/N. dipendenti totali", "50%", "50%", "50%", "Personale organizzazione e affari generali"),
 ("ind", "6.3.2", "Percentuale dipendenti che partecipano a percorsi formativi su tecnologie digitali", "Indica la capacità di garantire l'aggiornamento del personale per potenziare le abilità relative alle tecnologie digitali", "risultato", "percentuale", "U.O. Risorse umane e relazioni sindacali", "N. dipendenti formati tecnologie digitali/N. dipendenti totali", "15%", "15%", "15%", "Personale organizzazione e affari generali"),
 ("op", "6.4 CRM & COMUNICAZIONE: Valorizzare i canali digitali e favorire l'accesso ai servizi da parte dell'utenza mediante una profilazione dei bisogni", False),
 ("header", HEADER_DESC),
 ("ind", "6.4.1", "Percentuale di incremento del n. di follower dei social camerali Facebook twiiter e Google con partecipazione attiva", "Misura l'aumento dell'efficacia degli strumenti social nella comunicazione esterna dell'Ente", "efficacia", "numero", "Relazioni con i media", "N. follower anno t/anno t-1", "+20%", "+20%", "+20%", CSI),
]


RI = "Registro delle Imprese Registro delle imprese sedi distaccate e back end"
TMA = "Tutela del mercato e ambiente"
# Mission 012 (seed 000 between 011 and 016): only in the PDF, which is the complete document.
DOC_012 = [
 ("missione", "012 Regolazione dei mercati"),
 ("programma", "004 Vigilanza sui mercati e sui prodotti, promozione della concorrenza e tutela dei consumatori", 3099572),
 ("os", "1. PA SEMPLICE E DIGITALE", [
  "La competitività delle imprese di un paese e l'attrattività del suo territorio dipendono anche dal grado di semplificazione e dal livello di digitalizzazione realizzato dalla P.A.",
  "La Camera di commercio che da diversi anni è impegnata sul fronte della digitalizzazione, ponendosi all'avanguardia nel panorama digitale, intende investire ulteriori risorse nel campo e mettere a disposizione di altre amministrazioni le proprie competenze.",
  "La declinazione in obiettivi operativi è la seguente:",
  "ECOSISTEMA DIGITALE: Migliorare l'efficienza del Registro Imprese: dall'usabilità delle piattaforme alla qualità dei dati presenti - Rafforzare le attività dei SUAP, favorendo l'arricchimento del fascicolo d'impresa, l'uniformità operativa degli sportelli unici e le connessioni tra le attività dei SUAP e il registro delle imprese/REA",
  "ANALISI EVOLUTA DEL DATO: Offrire all'utente nuove modalità di fruizione dei dati e strumenti innovativi di data visualization",
  "SERVIZI ONLINE E SALONI DEL FUTURO: Valorizzare il rapporto diretto con gli utenti in un'ottica di migliore indirizzamento e guida ai molteplici servizi - Valorizzare il rapporto diretto con gli utenti e migliorare l'accesso ai servizi"]),
 ("op", "1.1 ECOSISTEMA DIGITALE: Migliorare l'efficienza del Registro Imprese: dall'usabilità delle piattaforme alla qualità dei dati presenti - Rafforzare le attività dei SUAP, favorendo l'arricchimento del fascicolo d'impresa, l'uniformità operativa degli sportelli unici e le connessioni tra le attività dei SUAP e il registro delle imprese/REA", False),
 ("header", HEADER_DESC),
 ("ind", "1.1.1", "Grado di utilizzo del budget stanziato per gli interventi economici dedicati alla semplificazione e digitalizzazione RI della Camera di commercio", "", "risultato", "percentuale", CG, "Valore contabilizzato per Interventi economici dedicati alla semplificazione e digitalizzazione RI anno t / Valore di budget relativo agli interventi economici dedicati alla semplificazione e digitalizzazione RI anno t", "95%", "95%", "95%", RI),
 ("ind", "1.1.2", "Riduzione tempo medio di evasione partiche", "", "efficienza", "percentuale", "Registro Imprese", "Riduzione tempi medi di lavorazione anno t", "-10%", "-10%", "-10%", RI),
 ("ind", "1.1.3", "Riduzione percentuale sospesi giacenti", "", "efficienza", "percentuale", "Registro Imprese", "Riduzione sospesi giacenti anno t", "-8%", "-10%", "-10%", RI),
 ("ind", "1.1.4", "Cancellazioni d'ufficio per imprese individuali, soc. di persone non operative e soc. di capitali in liquidazione: percentuale comunicazioni inviate sul totale", "", "efficienza", "percentuale", "Registro Imprese", "N° società-imprese cancellate/totale delle società-imprese da cancellare", "100% soc cap in liquidazione", "90% società di persone", "90% imprese individuali", RI),
 ("ind", "1.1.5", "Ricognizione dei crediti derivanti da diritto annuale iscritti a bilancio: n. posizioni analizzate e per le quali è stata avviata cancellazione d'ufficio o iscrizione a ruolo", "", "efficienza", "numero", "Diritti", "Sommatoria", "1300", "1300", "1300", "Amministrazione e finanza Sportelli polifunzionali Registro delle imprese sedi distaccate e back end"),
 ("op", "1.2 ECOSISTEMA DIGITALE: Rafforzare le attività dei SUAP, favorendo l'arricchimento del fascicolo d'impresa, l'uniformità operativa degli sportelli unici e le connessioni tra le attività dei SUAP e il registro delle imprese/REA", False),
 ("header", HEADER_DESC),
 ("ind", "1.2.1", "N. imprese che utilizzano servizio SUAP convenzionato Camera", "", "risultato", "numero", "Digicamere", "Sommatoria", "4000", "5000", "5500", RI),
 ("op", "1.3 ANALISI EVOLUTA DEL DATO: Offrire all'utente nuove modalità di fruizione dei dati e strumenti innovativi di data visualization", False),
 ("header", HEADER_DESC),
 ("ind", "1.3.1", "Progettazione di un dataset per fornire agli utenti dati RI integrati con altre banche dati camerali (set dati, modalità di interrogazione, periodo di riferimento, dettaglio territoriale, possibili combinazioni dei campi)", "Misura la realizzazione entro i termini prefissati del progetto di valorizzazione delle banche dati e open data", "risultato", "realizzazione", "Digicamere - Infocamere", "entro il", "30/09/2019", "", "", PSP),
 ("op", "1.4 SERVIZI ONLINE E SALONI DEL FUTURO Valorizzare il rapporto diretto con gli utenti in un'ottica di migliore indirizzamento e guida ai molteplici servizi - Valorizzare il rapporto diretto con gli utenti e migliorare l'accesso ai servizi", False),
 ("header", HEADER_DESC),
 ("ind", "1.4.1", "Percentuale istanze on line rispetto al totale delle istanze presentate (C.O., Protesti, Certificati e Visure, Firma digitale, Carte Tachigrafiche, Libri Digitali)", "Misura il grado di digitalizzazione dei processi", "risultato", "percentuale", "Amministrazione digitale/Digicamere", "Istanze on line/Istanze totali al netto delle istanze relative a servizi non ancora disponibili on line", "15%", "20%", "25%", "Sportelli polifunzionali"),
 ("ind", "1.4.2", "Definizione nuovo progetto salone anagrafico di via Meravigli", "Misura la realizzazione entro i termini prefissati del progetto di valorizzazione dell'accoglienza degli utenti nei saloni anagrafici", "risultato", "realizzazione", "Sportelli polifunzionali", "entro il", "31/10/2019", "", "", "Acquisti immobilizzazioni e sistemi informativi/ Sportelli polifunzionali"),
 ("os", "2. ECOSISTEMA SOSTENIBILE", [
  "Un ecosistema sostenibile è caratterizzato dalla presenza di imprese in equilibrio con l'ambiente per le quali la salvaguardia dello stesso distingue il modo di fare impresa.",
  "La declinazione in obiettivi operativi è la seguente:"]),
 ("op", "2.1 PREVENZIONE E AUTOREGOLAZIONE: Promuovere gli strumenti di regolazione del mercato attraverso un'alleanza con le associazioni dei consumatori - Diffondere modelli contrattuali standard chiari e trasparenti, privi di clausole vessatorie", False),
 ("header", HEADER_DESC),
 ("ind", "2.1.1", "Grado di utilizzo del budget stanziato per gli interventi economici dedicati alla tutela mercato e ambiente della Camera di commercio", "Indica il grado di utilizzo delle risorse stanziato per gli interventi economici dedicati alla regolazione del mercato e la capacità della Camera di rispettare nell'esercizio la programmazione delle attività e delle iniziative previste", "risultato", "percentuale", CG, "Valore contabilizzato per tutela mercato e ambiente anno t/Valore di budget relativo agli interventi economici per tutela mercato e ambiente anno t", "95%", "95%", "95%", TMA),
 ("op", "2.2 VIGILANZA E CONTROLLO: Adeguare le attività di metrologia legale alla nuova normativa (DM 93/2017)", False),
 ("header", HEADER_DESC),
 ("ind", "2.2.1", "Adozione Regolamento per l'esecuzione dei controlli a distanza e del relativo tariffario alla luce del D.M. 93/2017 per il Servizio Metrico (Delibera di Giunta)", "Compliance del servizio metrico rispetto al D.M.93/2017", "risultato", "realizzazione", "Verifiche metriche e vigilanza", "entro il", "30/09/2019", "", "", TMA),
 ("op", "2.4 ALTERNATIVE DISPUTE RESOLUTION (ADR): Promuovere l'utilizzo della mediazione in campo ambientale - Garantire la prosecuzione dell'attività arbitrale camerale su tutto il territorio nazionale", False),
 ("header", HEADER_DESC),
 ("ind", "2.4.1", "N. procedimenti di mediazione gestiti in campo ambientale (sperimentazione)", "Fornisce elementi conoscitivi sull'attività innovativa e reputata strategica da parte dell'Ente", "risultato", "numero", "Camera Arbitrale", "Sommatoria", "10", "12", "14", "Camera Arbitrale/Tutela del mercato e ambiente"),
 ("ind", "2.4.2", "N. di accordi con altre CCIAA per mediazioni-arbitrati-OCC o convenzioni con corporate", "Capacità di diventare player nazionale di riferimento in materia di giustizia alternativa per il sistema camerale", "efficacia", "numero", "Camera Arbitrale", "Sommatoria", "2", "2", "2", "Camera Arbitrale"),
 ("op", "2.5 ECONOMIA CIRCOLARE: Semplificare il rapporto fra cittadini-imprese-PA in materia ambientale - Promuovere cambiamenti evolutivi delle PMI verso modelli di sviluppo circolare", False),
 ("header", HEADER_DESC),
 ("ind", "2.5.1", "N. di proposte di modifica normativa in campo ambientale da sottoporre a organi competenti", "Capacità di realizzare iniziative di semplificazione in campo ambientale", "risultato", "numero", "Camera Arbitrale", "Sommatoria", "2", "3", "4", "Camera Arbitrale"),
 ("os", "5. GIOVANI, AGENTI DI SVILUPPO ECONOMICO", [
  "La formazione di giovani aspiranti imprenditori e il supporto in fase di start up alle nuove imprese sono stati da sempre temi trattati nelle politiche camerali.",
  "La declinazione in obiettivi operativi è la seguente:"]),
 ("op", "5.1 GIOVANI STUDENTI/TALENTI: Potenziare l'attività di orientamento al lavoro rivolta agli studenti - Favorire la conoscenza reciproca tra imprese e mondo della scuola", False),
 ("header", HEADER_DESC),
 ("ind", "5.1.1", "Grado di utilizzo del budget stanziato per gli interventi economici dedicati all' alternanza e all'orientamento alle professioni (al netto dei progetti 20%) della Camera di commercio", "Indica il grado utilizzo delle risorse stanziati per gli interventi economici dedicati all'alternanza e all'orientamento al lavoro e la capacità della Camera di rispettare nell'esercizio la programmazione delle attività e delle iniziative previste", "risultato", "percentuale", CG, "Valore contabilizzato per l'alternanza e orient. (al netto dei progetti 20%) anno t/Valore di budget relativo agli interventi economici per l'alternanza e orient.(al netto dei progetti 20%) anno t", "95%", "95%", "95%", "Programmazione strategica e progetti per il territorio/Formaper"),
 ("ind", "5.1.2", "Progetti strategici finanziati con l'aumento del 20% del diritto annuale: percentuale di realizzazione dei KPI del progetto Alternanza Scuola Lavoro", "Misura la realizzazione e l'efficacia del progettoTurismo finanziato con l'incremento del 20% del Diritto Annuale", "efficacia", "percentuale", CG, "KPI realizzati/KPI stabiliti in sede di programmazione progetto", "100%", "", "", PSP),
 ("op", "5.2 GIOVANI IMPRENDITORI: Abilitare la creazione di un hub di riferimento per le start up nel campo innovazione e impresa 4.0", False),
 ("header", HEADER_DESC),
 ("ind", "5.2.1", "Incremento percentuale di Start up innovative", "Incidenza dei progetti sui potenziali giovani imprenditori del territorio", "qualità", "percentuale", "Progetti internazionali giovani e start up", "N. start up costituite anno t/n. start up costituite anno t-1", "+5%", "+5%", "+5%", PSP),
]

B = lambda t: {"text": t, "bold": True}
W = 11


def complete_doc():
    """The complete document: missions 011, 012, 016 and 032."""
    at = next(i for i, item in enumerate(DOC) if item == ("missione", "016 Commercio internazionale ed internazionalizzazione del sistema produttivo"))
    return DOC[:at] + DOC_012 + DOC[at:]


def build(complete=False):
    """The XLSX sample has missions 011, 016 and 032; the complete document (the PDF) has 012 too, after 011."""
    return render(complete_doc() if complete else DOC, 2019)


def render(doc, first_year):
    """The sheet of a PIRA of three years from `first_year`: an indicator's three targets are those years'."""
    span = "%d-%d" % (first_year, first_year + 2)
    rows = [[{"text": "Piano degli indicatori e dei risultati attesi di bilancio (PIRA) " + span, "title": True}], []]
    merges = [(0, 0, 1, W)]
    for item in doc:
        r = len(rows)
        kind = item[0]
        if kind == "missione":
            rows.append([B("Missione"), B(item[1])])
            merges.append((r, 1, 1, W - 1))
        elif kind == "programma":
            rows.append([B("Programma"), B(item[1]), None, None, None, None,
                         B("Interventi economici %d Programma 011-005" % first_year), None, None, None,
                         {"eur": item[2], "before": True}])
            merges += [(r, 1, 1, 5), (r, 6, 1, 4)]
        elif kind == "os":
            rows.append([B("Obiettivo strategico"), B(item[1])])
            merges.append((r, 1, 1, W - 1))
            for p in item[2]:
                rows.append([p])
                merges.append((len(rows) - 1, 0, 1, W))
        elif kind == "op":
            if item[2]:
                rows.append([B("Obiettivo operativo " + item[1])])
                merges.append((r, 0, 1, W))
            else:
                rows.append([B("Obiettivo operativo"), B(item[1])])
                merges.append((r, 1, 1, W - 1))
        elif kind == "header":
            rows.append([B("Indicatori"), None, B(item[1]), B("Tipologia"), B("Unità di misura"), B("Fonte dati"),
                         B("Algoritmo di calcolo"), B(str(first_year)), B(str(first_year + 1)), B(str(first_year + 2)),
                         B("Centro di responsabilità")])
            merges.append((r, 0, 1, 2))
        else:
            _, code, name, descr, typ, unit, source, algo, t1, t2, t3, centre = item
            rows.append([code, name, descr or None, typ, unit, source, algo, cell(t1), cell(t2), cell(t3), centre])
    return [("PIRA " + span, rows, merges, {1, 2, 6, 10})]
