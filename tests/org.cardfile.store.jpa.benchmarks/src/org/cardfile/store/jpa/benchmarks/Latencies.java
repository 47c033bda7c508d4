package org.cardfile.store.jpa.benchmarks;

import java.util.Arrays;

/** Collected latencies of one measured operation, in nanoseconds. */
final class Latencies {
    private final String name;
    private long[] samples = new long[1024];
    private int size;

    Latencies(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    double percentileMicros(double percentile) {
        if (size == 0) {
            throw new IllegalStateException("no samples recorded for " + name);
        }
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * size) - 1;
        return sorted[Math.max(0, Math.min(size - 1, index))] / 1_000.0;
    }

    int count() {
        return size;
    }
}
