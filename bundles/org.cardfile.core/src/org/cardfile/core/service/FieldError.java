package org.cardfile.core.service;

/**
 * One invalid field. {@code field} names the record component (e.g. {@code phones[1]},
 * {@code emails[0]}, {@code lastName}) so the editor can put the message beside it.
 */
public record FieldError(String field, String message) {
}
