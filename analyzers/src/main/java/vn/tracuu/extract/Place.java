package vn.tracuu.extract;

/**
 * Where a figure applies: the most specific place its sentence or paragraph names, else the document's province.
 *
 * @param name {@code Yên Bái}, {@code Văn Yên}, {@code Việt Nam}
 * @param level {@code quốc gia}, {@code tỉnh}, {@code huyện} or {@code xã}
 * @param text the words that name it, or null when it comes from the document
 * @param province the province it lies in, as named before the 2025 merger (for a province, itself), or null
 */
public record Place(String name, String level, String text, String province) {}
