package org.cardfile.store.jpa.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's findings as a Markdown table: every figure beside the baseline measured in the
 * same run, and their ratio, because absolute numbers from a shared 2-core machine mean little.
 */
final class Report {
    private final List<String> lines = new ArrayList<>();

    Report(String title) {
        lines.add("# " + title);
        lines.add("");
    }

    void note(String text) {
        lines.add(text);
        lines.add("");
    }

    void latencyTable(String heading, Latencies measured, Latencies baseline) {
        lines.add("## " + heading);
        lines.add("");
        lines.add("| operation | samples | p50 µs | p99 µs |");
        lines.add("| --- | ---: | ---: | ---: |");
        for (Latencies l : List.of(measured, baseline)) {
            lines.add(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f |", l.name(), l.count(),
                    l.percentileMicros(50), l.percentileMicros(99)));
        }
        lines.add(String.format(Locale.ROOT, "| ratio (%s / %s) | | %.2f | %.2f |", measured.name(), baseline.name(),
                measured.percentileMicros(50) / baseline.percentileMicros(50),
                measured.percentileMicros(99) / baseline.percentileMicros(99)));
        lines.add("");
    }

    void latencyRows(String heading, List<Latencies> rows) {
        lines.add("## " + heading);
        lines.add("");
        lines.add("| operation | samples | p50 µs | p99 µs |");
        lines.add("| --- | ---: | ---: | ---: |");
        for (Latencies l : rows) {
            lines.add(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f |", l.name(), l.count(),
                    l.percentileMicros(50), l.percentileMicros(99)));
        }
        lines.add("");
    }

    void rateTable(String heading, String measuredName, double measuredPerSecond, String baselineName,
            double baselinePerSecond) {
        lines.add("## " + heading);
        lines.add("");
        lines.add("| path | rows/s |");
        lines.add("| --- | ---: |");
        lines.add(String.format(Locale.ROOT, "| %s | %.0f |", measuredName, measuredPerSecond));
        lines.add(String.format(Locale.ROOT, "| %s | %.0f |", baselineName, baselinePerSecond));
        lines.add(String.format(Locale.ROOT, "| ratio | %.2f |", measuredPerSecond / baselinePerSecond));
        lines.add("");
    }

    Path write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        String text = String.join("\n", lines) + "\n";
        Files.writeString(file, text);
        System.out.println(text);
        return file;
    }
}
