package org.cardfile.core.model;

/** A product picture as stored bytes and their media type (image/png, image/jpeg, image/gif). */
public record ProductImage(String mediaType, byte[] data) {
}
