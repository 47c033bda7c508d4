package org.cardfile.reports.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads a layout before BIRT does and names what a Cardfile report may not contain: a data source
 * other than JDBC (Cardfile hands in the connection; a script or flat-file source would read around
 * it), Java event handlers, scripts that reach for Java classes, included script files or libraries
 * (a drop-in layout is one self-contained file). The queries themselves are confined when they run.
 * Charts are read too ({@link ChartModelSafety}): their model, scripts and all, is a document of its
 * own inside the layout. {@link ScriptClassShutter} enforces the script rule for what a scan cannot see.
 */
final class LayoutSafety {
    /** A layout is a design file, not a data dump; bigger is a mistake or an attack. */
    static final int MAX_LAYOUT_BYTES = 5 * 1024 * 1024;
    static final String JDBC_EXTENSION = "org.eclipse.birt.report.data.oda.jdbc";

    private static final Set<String> SELF_CONTAINED = Set.of("includeScripts", "libraries", "includeResource",
            "cssStyleSheets");
    private static final Set<String> JAVA_HANDLERS = Set.of("eventHandlerClass", "javaEventHandlerClass");
    /** Where a design keeps script: event methods, expressions, and text items (which may hold value-of expressions). */
    private static final Set<String> SCRIPT_ELEMENTS = Set.of("method", "expression");
    private static final Set<String> SCRIPT_PROPERTIES = Set.of("content", "onCreate", "onRender", "onPrepare",
            "onPageBreak", "initialize", "beforeFactory", "afterFactory", "beforeRender", "afterRender");
    /** The property of a chart item that holds its whole chart model, scripts included, as XML in the layout's XML. */
    private static final String CHART_MODEL = "xmlRepresentation";
    static final Pattern JAVA_REACH = Pattern.compile(
            "\\b(Packages|JavaImporter|importPackage|importClass|getClass|javaClass|__proto__)\\b"
                    + "|\\b(java|javax|jdk|sun|org|com|net|edu)\\s*\\.\\s*[A-Za-z_$]");

    private LayoutSafety() {
    }

    /** Why the layout may not run, or an empty list when it may. */
    static List<String> problems(byte[] layout) {
        if (layout.length > MAX_LAYOUT_BYTES) {
            return List.of("the layout is " + layout.length / 1024 + " KB; a layout may be at most "
                    + MAX_LAYOUT_BYTES / 1024 / 1024 + " MB");
        }
        Document document;
        try {
            document = parser().parse(new ByteArrayInputStream(layout));
        } catch (SAXException | IOException e) {
            return List.of("the layout is not a readable design file: " + e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        visit(document.getDocumentElement(), problems);
        return problems;
    }

    private static void visit(Element element, List<String> problems) {
        String tag = element.getTagName();
        String name = element.getAttribute("name");
        if (tag.equals("script-data-source") || tag.equals("script-data-set")) {
            problems.add("the " + describe(element) + " is scripted; Cardfile reports read data through JDBC only");
        } else if (tag.equals("oda-data-source") && !JDBC_EXTENSION.equals(element.getAttribute("extensionID"))) {
            problems.add("the data source " + quoted(name) + " is " + element.getAttribute("extensionID")
                    + "; Cardfile reports read data through JDBC only");
        } else if (JAVA_HANDLERS.contains(name) && !element.getTextContent().isBlank()) {
            problems.add("it names the Java event handler " + element.getTextContent().trim()
                    + "; layouts may use JavaScript only");
        } else if (SELF_CONTAINED.contains(name) && !element.getTextContent().isBlank()) {
            problems.add("it refers to outside files (" + name + "); a layout must be one self-contained file");
        }
        if (tag.equals("xml-property") && CHART_MODEL.equals(name)) {
            ChartModelSafety.check(element.getTextContent(), describe(element), problems);
            return;
        }
        boolean script = SCRIPT_ELEMENTS.contains(tag) || SCRIPT_PROPERTIES.contains(name);
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e) {
                visit(e, problems);
            } else if (script
                    && (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE)) {
                Matcher reach = JAVA_REACH.matcher(child.getNodeValue());
                if (reach.find()) {
                    problems.add("a script in " + describe(element) + " reaches for Java (" + reach.group().trim()
                            + "); layout scripts may not use Java classes");
                }
            }
        }
    }

    static String describe(Element element) {
        for (Node n = element; n instanceof Element e; n = n.getParentNode()) {
            if (e.hasAttribute("id") && !e.getAttribute("name").isEmpty()) {
                return e.getTagName() + " " + quoted(e.getAttribute("name"));
            }
            if (e.hasAttribute("id")) {
                return e.getTagName() + " #" + e.getAttribute("id");
            }
        }
        return element.getTagName();
    }

    private static String quoted(String name) {
        return "'" + name + "'";
    }

    static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // a layout is untrusted input: no DTDs, no external entities
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // a malformed layout is reported through the exception, not printed to the console
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser refuses secure processing", e);
        }
    }
}
