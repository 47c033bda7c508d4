package org.cardfile.reports.internal;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The script rules of {@link LayoutSafety} for a chart. A BIRT chart keeps its whole model as XML
 * text inside the layout, so a scan of the layout sees one opaque string: its chart script (event
 * functions run while the chart is drawn, or the name of a Java handler class, which BIRT would load)
 * and the expressions that feed its series are only found by reading that model as XML too.
 */
final class ChartModelSafety {
    /** Model elements whose text BIRT runs: the chart's script, and the data expressions of its series. */
    private static final Set<String> SCRIPTED = Set.of("Script", "Definition");
    /** A chart script that is only a class name makes BIRT load that class as the chart's event handler. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\s*[A-Za-z_$][\\w$]*(\\s*\\.\\s*[A-Za-z_$][\\w$]*)+\\s*");

    private ChartModelSafety() {
    }

    static void check(String model, String item, List<String> problems) {
        if (model.isBlank()) {
            return;
        }
        Document document;
        try {
            document = LayoutSafety.parser().parse(new InputSource(new StringReader(model)));
        } catch (SAXException | IOException e) {
            problems.add("the chart model of " + item + " is not readable: " + e.getMessage());
            return;
        }
        visit(document.getDocumentElement(), item, problems);
    }

    private static void visit(Element element, String item, List<String> problems) {
        String local = element.getLocalName() != null ? element.getLocalName() : element.getTagName();
        local = local.substring(local.indexOf(':') + 1);
        if (SCRIPTED.contains(local)) {
            String text = element.getTextContent();
            if (local.equals("Script") && text.length() <= 1_000 && CLASS_NAME.matcher(text).matches()) {
                problems.add("the chart " + item + " names the Java event handler " + text.trim()
                        + "; layouts may use JavaScript only");
                return;
            }
            Matcher reach = LayoutSafety.JAVA_REACH.matcher(text);
            if (reach.find()) {
                problems.add("a script in the chart " + item + " reaches for Java (" + reach.group().trim()
                        + "); layout scripts may not use Java classes");
            }
            return;
        }
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                visit(e, item, problems);
            }
        }
    }
}
