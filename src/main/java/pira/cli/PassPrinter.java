package pira.cli;

import java.io.PrintWriter;
import pira.inbox.InboxProcessor;
import pira.inbox.PassResult;

/** Runs a pass with a progress bar (only on a terminal, and only for many files) and prints what it did. */
final class PassPrinter {

    private PassPrinter() {
    }

    static PassResult run(InboxProcessor processor, PrintWriter out) throws java.io.IOException {
        Progress[] progress = new Progress[1];
        try {
            return processor.process(n -> progress[0] = Progress.of("Elaborazione", n), () -> {
                if (progress[0] != null) {
                    progress[0].step();
                }
            });
        } finally {
            if (progress[0] != null) {
                progress[0].close();
            }
        }
    }

    static void print(PassResult r, PrintWriter out) {
        if (r.locked()) {
            out.println("Un'altra elaborazione di questa cartella è in corso: nessun file toccato. Riprovare tra poco.");
            out.flush();
            return;
        }
        r.problems().forEach(p -> out.println("ATTENZIONE " + p));
        r.imported().forEach(f -> out.println("importato  " + f));
        r.duplicates().forEach(f -> out.println("duplicato  " + f + " (già elaborato: non importato di nuovo)"));
        r.failed().forEach(f -> out.println("non importato  " + f + " (spiegazione in failed/" + f + ".errore.txt)"));
        r.waiting().forEach(f -> out.println("in attesa  " + f + " (ancora in scrittura: al prossimo passaggio)"));
        r.documents().forEach(f -> out.println("documento per la Giunta  reports/" + f));
        if (r.handled() > 0 || !r.waiting().isEmpty()) {
            out.println(pira.model.Counted.of(r.imported().size(), "importato", "importati") + ", "
                    + pira.model.Counted.of(r.failed().size(), "non importato", "non importati") + ", "
                    + pira.model.Counted.of(r.duplicates().size(), "duplicato", "duplicati") + ", "
                    + r.waiting().size() + " in attesa.");
        }
        out.flush();
    }
}
