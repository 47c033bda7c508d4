package org.cardfile.documents.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Lays text out top to bottom on US Letter pages (the paper of the leasing offices Cardfile serves),
 * wrapping it to the column and starting a new page when the next line does not fit. PDFBox draws
 * glyphs only; line breaking, columns and pagination are this class's job.
 */
final class PageWriter implements AutoCloseable {
    static final PDRectangle PAPER = PDRectangle.LETTER;
    static final float MARGIN = 54; // three quarters of an inch
    static final float LABEL_WIDTH = 150;
    private static final float COLUMN_GAP = 12;
    private static final float FOOTER_SPACE = 28;
    private static final float LEADING = 1.3f;

    /** A font at a size. */
    record Style(PDFont font, float size) {
        float leading() {
            return size * LEADING;
        }
    }

    private final PDDocument document;
    private final Style running;
    private final String runningHeader;
    private final Map<PDFont, Map<Integer, Boolean>> encodable = new HashMap<>();
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    /**
     * @param running       the style of the running header and footer
     * @param runningHeader repeated at the top of every page after the first, so a loose sheet still names its card
     */
    PageWriter(PDDocument document, Style running, String runningHeader) {
        this.document = document;
        this.running = running;
        this.runningHeader = runningHeader;
    }

    float width() {
        return PAPER.getWidth() - 2 * MARGIN;
    }

    void newPage() throws IOException {
        closeContent();
        PDPage page = new PDPage(PAPER);
        document.addPage(page);
        pages.add(page);
        content = new PDPageContentStream(document, page);
        y = PAPER.getHeight() - MARGIN;
        if (pages.size() > 1) {
            line(sanitize(runningHeader, running.font()), running, MARGIN, 0.4f);
            rule(0.7f);
        }
    }

    /** Starts a new page unless {@code height} points still fit above the footer. */
    void keep(float height) throws IOException {
        if (content == null || y - height < MARGIN + FOOTER_SPACE) {
            newPage();
        }
    }

    void gap(float points) {
        y -= points;
    }

    /** A thin horizontal line across the text column. */
    void rule(float gray) throws IOException {
        keep(6);
        y -= 3;
        content.setStrokingColor(gray, gray, gray);
        content.setLineWidth(0.6f);
        content.moveTo(MARGIN, y);
        content.lineTo(MARGIN + width(), y);
        content.stroke();
        y -= 6;
    }

    /** Text wrapped to the column starting at {@code indent}, breaking pages between lines. */
    void paragraph(String text, Style style, float indent, float gray) throws IOException {
        for (String line : wrap(text, style, width() - indent)) {
            keep(style.leading());
            line(line, style, MARGIN + indent, gray);
        }
    }

    /**
     * A label and its value side by side, each wrapped in its own column. Rows are written one line
     * at a time so that a long memo continues on the next page instead of running off this one.
     */
    void labelled(String label, Style labelStyle, String value, Style valueStyle) throws IOException {
        List<String> labels = wrap(label, labelStyle, LABEL_WIDTH);
        List<String> values = wrap(value, valueStyle, width() - LABEL_WIDTH - COLUMN_GAP);
        float leading = Math.max(labelStyle.leading(), valueStyle.leading());
        // keep a label with the first two lines of its value
        keep(leading * Math.min(2, Math.max(labels.size(), values.size())));
        for (int i = 0; i < Math.max(labels.size(), values.size()); i++) {
            keep(leading);
            if (i < labels.size()) {
                text(labels.get(i), labelStyle, MARGIN, y - labelStyle.size(), 0.3f);
            }
            if (i < values.size()) {
                text(values.get(i), valueStyle, MARGIN + LABEL_WIDTH + COLUMN_GAP, y - valueStyle.size(), 0f);
            }
            y -= leading;
        }
    }

    /** One line at the cursor, already known to fit. */
    void line(String text, Style style, float x, float gray) throws IOException {
        text(text, style, x, y - style.size(), gray);
        y -= style.leading();
    }

    private void text(String text, Style style, float x, float baseline, float gray) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        content.setNonStrokingColor(gray, gray, gray);
        content.beginText();
        content.setFont(style.font(), style.size());
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }

    /**
     * Splits text at its own line breaks, then at spaces to fit {@code width}; a word wider than the
     * column (a long e-mail address, a pasted URL) is broken between characters.
     */
    List<String> wrap(String text, Style style, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder current = new StringBuilder();
            for (String word : sanitize(paragraph, style.font()).split(" +")) {
                if (word.isEmpty()) {
                    continue;
                }
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (width(candidate, style) <= width) {
                    current.setLength(0);
                    current.append(candidate);
                    continue;
                }
                if (!current.isEmpty()) {
                    lines.add(current.toString());
                    current.setLength(0);
                }
                String rest = word;
                while (width(rest, style) > width) {
                    int fit = fitting(rest, style, width);
                    lines.add(rest.substring(0, fit));
                    rest = rest.substring(fit);
                }
                current.append(rest);
            }
            lines.add(current.toString());
        }
        // a value that ends with a line break should not print an empty last line
        while (lines.size() > 1 && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private int fitting(String word, Style style, float width) throws IOException {
        int end = 1;
        while (end < word.length()) {
            int next = word.offsetByCodePoints(end, 1);
            if (width(word.substring(0, next), style) > width) {
                break;
            }
            end = next;
        }
        return Character.isHighSurrogate(word.charAt(end - 1)) ? end + 1 : end;
    }

    private static float width(String text, Style style) throws IOException {
        return style.font().getStringWidth(text) / 1000 * style.size();
    }

    /**
     * Tabs become spaces, other control characters go, and a character the embedded font has no glyph
     * for (an emoji, CJK) prints as '?': PDFBox refuses to show such text, and one exotic character in a
     * note must not stop the whole card from printing.
     */
    String sanitize(String text, PDFont font) {
        StringBuilder out = new StringBuilder(text.length());
        Map<Integer, Boolean> known = encodable.computeIfAbsent(font, f -> new HashMap<>());
        text.codePoints().forEach(cp -> {
            if (cp == '\t') {
                out.append(' ');
            } else if (Character.isISOControl(cp)) {
                return;
            } else if (known.computeIfAbsent(cp, c -> hasGlyph(font, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean hasGlyph(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException noGlyph) {
            // PDFBox's way of saying the font lacks the glyph; the caller prints '?' instead
            return false;
        }
    }

    /** Writes "left … Page n of m" at the foot of every page; called once all pages exist. */
    void footers(String left) throws IOException {
        closeContent();
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String page = "Page " + (i + 1) + " of " + pages.size();
                float baseline = MARGIN - running.size() - 4;
                foot.setNonStrokingColor(0.4f, 0.4f, 0.4f);
                foot.beginText();
                foot.setFont(running.font(), running.size());
                foot.newLineAtOffset(MARGIN, baseline);
                String fitted = wrap(left, running, width() * 0.7f).get(0);
                foot.showText(fitted);
                foot.endText();
                foot.beginText();
                foot.newLineAtOffset(MARGIN + width() - width(page, running), baseline);
                foot.showText(page);
                foot.endText();
            }
        }
    }

    private void closeContent() throws IOException {
        if (content != null) {
            content.close();
            content = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeContent();
    }
}
