package pira.cli;

import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** A mistake on the command line, said in Italian: picocli's own messages are English. */
final class UsageErrors {

    private UsageErrors() {
    }

    static String italian(ParameterException e) {
        if (e instanceof MissingParameterException missing) {
            return missing.getMissing().stream().map(UsageErrors::name)
                    .collect(Collectors.joining(", ", missing.getMissing().size() == 1 ? "manca " : "mancano ", ""));
        }
        if (e instanceof UnmatchedArgumentException unmatched) {
            String args = String.join(" ", unmatched.getUnmatched());
            List<String> near = unmatched.getSuggestions();
            String first = unmatched.getUnmatched().isEmpty() ? "" : unmatched.getUnmatched().get(0);
            boolean command = !first.startsWith("-") && unmatched.getCommandLine().getParent() == null
                    && !unmatched.getCommandLine().getSubcommands().isEmpty();
            return (first.startsWith("-") ? "opzione sconosciuta: " + args : command ? "comando sconosciuto: " + first
                    : "argomento in più: " + args) + (near.isEmpty() ? "" : " (forse: " + String.join(", ", near) + "?)");
        }
        if (e.getArgSpec() != null && e.getValue() != null) {
            return "valore non valido per " + name(e.getArgSpec()) + ": \"" + e.getValue() + "\"";
        }
        return "comando non valido";
    }

    private static String name(ArgSpec spec) {
        return spec instanceof OptionSpec option ? "l'opzione " + option.longestName()
                : "il parametro " + spec.paramLabel();
    }
}
