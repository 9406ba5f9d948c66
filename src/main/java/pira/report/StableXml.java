package pira.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts docx4j writes declare their namespaces in an order that changes from one run to the next; sorted, the
 * same report is the same bytes whenever it is written.
 */
final class StableXml {

    private static final Pattern ROOT = Pattern.compile("<(?![?!])[^>]*>");
    private static final Pattern NAMESPACE = Pattern.compile("\\s+xmlns(?::[\\w.-]+)?=\"[^\"]*\"");

    private StableXml() {
    }

    /** The XML with the namespace declarations of its root element in alphabetical order. */
    static String sortNamespaces(String xml) {
        Matcher root = ROOT.matcher(xml);
        if (!root.find()) {
            return xml;
        }
        String tag = root.group();
        List<String> declarations = new ArrayList<>();
        Matcher ns = NAMESPACE.matcher(tag);
        while (ns.find()) {
            declarations.add(ns.group().strip());
        }
        if (declarations.size() < 2) {
            return xml;
        }
        declarations.sort(null);
        String rest = NAMESPACE.matcher(tag).replaceAll("");
        int nameEnd = rest.indexOf(' ') > 0 ? rest.indexOf(' ') : rest.length() - (rest.endsWith("/>") ? 2 : 1);
        String sorted = rest.substring(0, nameEnd) + " " + String.join(" ", declarations) + rest.substring(nameEnd);
        return xml.substring(0, root.start()) + sorted + xml.substring(root.end());
    }
}
