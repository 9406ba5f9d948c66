package pira.cli;

import java.io.PrintWriter;
import pira.inbox.InboxProcessor;
import pira.inbox.PassListener;
import pira.inbox.PassResult;
import pira.model.Shown;

/**
 * Runs a pass with a progress bar (only on a terminal, and only for many files) and says what it does: each file's
 * line as soon as its outcome is committed (so a pass that ends badly, killed or on a full disk, has said what it
 * did), the count at the end. Names are shown with their control characters escaped (see {@link Shown}).
 */
final class PassPrinter {

    private PassPrinter() {
    }

    static PassResult run(InboxProcessor processor, PrintWriter out) throws java.io.IOException {
        Progress[] progress = new Progress[1];
        PassListener lines = new PassListener() {
            @Override
            public void problem(String text) {
                say(out, "ATTENZIONE " + text);
            }

            @Override
            public void file(String outcome, String name) {
                say(out, line(outcome, name));
            }

            @Override
            public void document(String described) {
                say(out, "documento per la Giunta  reports/" + described);
            }
        };
        try {
            return processor.process(n -> progress[0] = Progress.of("Elaborazione", n), () -> {
                if (progress[0] != null) {
                    progress[0].step();
                }
            }, lines);
        } finally {
            if (progress[0] != null) {
                progress[0].close();
            }
        }
    }

    private static void say(PrintWriter out, String line) {
        out.println(Shown.escaped(line));
        out.flush();
    }

    /** A file's line, for its outcome. */
    static String line(String outcome, String name) {
        return switch (outcome) {
            case "importato" -> "importato  " + name;
            case "duplicato" -> "duplicato  " + name + " (già elaborato: non importato di nuovo)";
            case "in attesa" -> "in attesa  " + name + " (ancora in scrittura: al prossimo passaggio)";
            default -> "non importato  " + name + " (spiegazione in failed/" + name + ".errore.txt)";
        };
    }

    /** The end of a pass run by {@link #run}, whose lines are already said: the count (or that the folder was busy). */
    static void print(PassResult r, PrintWriter out) {
        if (r.locked()) {
            out.println("Un'altra elaborazione di questa cartella è in corso: nessun file toccato. Riprovare tra poco.");
            out.flush();
            return;
        }
        if (r.handled() > 0 || !r.waiting().isEmpty()) {
            out.println(pira.model.Counted.of(r.imported().size(), "importato", "importati") + ", "
                    + pira.model.Counted.of(r.failed().size(), "non importato", "non importati") + ", "
                    + pira.model.Counted.of(r.duplicates().size(), "duplicato", "duplicati") + ", "
                    + r.waiting().size() + " in attesa.");
        }
        out.flush();
    }
}
