package vn.tracuu.ingest;

import java.time.LocalDate;

/** A document's text and metadata after parsing, before indexing. */
public record ParsedDocument(
    String title, String text, LocalDate published, String author, String source, String contentType) {}
