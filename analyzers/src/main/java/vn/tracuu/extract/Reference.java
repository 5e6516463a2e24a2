package vn.tracuu.extract;

/**
 * A reference to a party or state document found in a text.
 *
 * @param code canonical code ({@code 05-CT/TW}, {@code 19/2019/NĐ-CP}), null when a bare reference cannot be
 *     resolved
 * @param type short type ({@code NQ}, {@code CT}, {@code NĐ}...)
 * @param typeName the type in words ({@code Nghị quyết})
 * @param number the document's number as written ({@code 05}), or null
 * @param issuer issuing body's code ({@code TW}, {@code TU}, {@code CP}) or name
 * @param date issue date, ISO, or null
 * @param term the Central Committee's term (khóa) the text gives: {@code X}, {@code XI, XII}
 * @param plenum the plenum number of a "Nghị quyết Trung ương 4" reference, or null
 * @param province for provincial codes, the province the text names, since {@code 37-NQ/TU} means a different
 *     resolution in each province
 * @param text the reference as written; start, end its offsets in the normalized text
 */
public record Reference(
    String code, String type, String typeName, String number, String issuer, String date, String term,
    Integer plenum, String province, String text, int start, int end) {}
