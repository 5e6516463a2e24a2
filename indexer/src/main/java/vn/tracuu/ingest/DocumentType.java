package vn.tracuu.ingest;

import java.util.regex.Pattern;

/** News article ({@code tin-bai}) or the text of a resolution, directive or legal document ({@code van-ban}). */
public final class DocumentType {
  private static final Pattern HEADER = Pattern.compile(
      "(?iu)(CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM)[\\s\\S]{0,400}?Số\\s*:?\\s*\\d");

  public static final String NEWS = "tin-bai";
  public static final String LEGAL = "van-ban";

  private DocumentType() {}

  public static String guess(String title, String text) {
    String head = text.length() > 1500 ? text.substring(0, 1500) : text;
    return HEADER.matcher(head).find() ? LEGAL : NEWS;
  }
}
