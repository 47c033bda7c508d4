package org.cardfile.store.jpa.foundation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cardfile.core.service.FieldError;
import org.cardfile.core.service.ImportProgress;
import org.cardfile.core.service.ImportResult.RejectedRow;
import org.cardfile.core.service.ValidationException;

/**
 * Reads an import file with a header row (Apache Commons CSV) into checked rows: a row the
 * converter refuses is listed with its line and reason, the others are kept for one transaction at
 * the end; a cancel keeps nothing. Every import of every capability reads its file this way.
 */
public final class CsvRows {
    /** The rows that passed, those refused, and whether the user cancelled. */
    public record Parsed<T>(List<T> rows, List<RejectedRow> rejected, boolean cancelled) {
    }

    private CsvRows() {
    }

    /**
     * @param columns the header columns the file must have
     * @param what    what is imported, for the progress line ("directory listings")
     * @param toRow   turns a record (and its line) into a row, or throws {@link IllegalArgumentException} or
     *                {@link ValidationException} saying what is wrong with it
     */
    public static <T> Parsed<T> parse(Reader csv, List<String> columns, String what, ImportProgress progress,
            BiFunction<Long, CSVRecord, T> toRow) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).setAllowMissingColumnNames(false).build();
        List<T> rows = new ArrayList<>();
        List<RejectedRow> rejected = new ArrayList<>();
        try (CSVParser parser = format.parse(csv)) {
            List<String> missing = columns.stream().filter(c -> !parser.getHeaderMap().containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new ValidationException(List.of(new FieldError("file", "The header row lacks the column(s) "
                        + String.join(", ", missing) + "; expected: " + String.join(",", columns))));
            }
            progress.begin("Importing " + what, -1);
            for (CSVRecord r : parser) {
                if (progress.isCanceled()) {
                    return new Parsed<>(List.of(), rejected, true);
                }
                long line = parser.getCurrentLineNumber();
                try {
                    if (!r.isConsistent()) {
                        throw new IllegalArgumentException("has " + r.size() + " fields, the header has "
                                + parser.getHeaderMap().size());
                    }
                    rows.add(toRow.apply(line, r));
                } catch (ValidationException e) {
                    rejected.add(new RejectedRow(line, e.getMessage()));
                } catch (IllegalArgumentException e) {
                    rejected.add(new RejectedRow(line, e.getMessage()));
                }
                progress.worked(1);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the CSV file: " + e.getMessage(), e);
        }
        if (progress.isCanceled()) {
            return new Parsed<>(List.of(), rejected, true);
        }
        return new Parsed<>(rows, rejected, false);
    }
}
