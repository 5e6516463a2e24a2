package vn.tracuu.index;

import java.time.LocalDate;

/**
 * A document to index, from any input (file, JSON line, crawled page).
 *
 * @param id stable id: the JSON id, the file's path relative to its input root, or the normalized URL
 * @param type {@code tin-bai} (news article) or {@code van-ban} (a resolution, directive or legal text)
 */
public record SourceDocument(
    String id, String title, String text, String url, LocalDate published, String source, String type, String author) {}
