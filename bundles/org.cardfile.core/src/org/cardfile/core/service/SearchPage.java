package org.cardfile.core.service;

import java.util.List;

/** One window of a search result; {@code offset} is where it starts in the whole result. */
public record SearchPage<T>(List<T> rows, int offset) {
}
