package vn.tracuu.extract;

import java.util.List;

/** Vietnam's provinces and centrally-run cities, to place provincial documents and articles. */
public final class Provinces {
  static final List<String> NAMES = List.of(
      "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre", "Bình Dương",
      "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ", "Đà Nẵng", "Đắk Lắk", "Đắk Nông",
      "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương",
      "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu",
      "Lạng Sơn", "Lào Cai", "Lâm Đồng", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ",
      "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La",
      "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "TP. Hồ Chí Minh",
      "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái");
  private static final String[] LOWER = NAMES.stream().map(n -> n.replace("TP. ", "").toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);
  private static final String[] PREFIXES = {"tỉnh ủy ", "tỉnh ", "thành phố ", "tp. ", "tp "};

  private Provinces() {}

  /** The province the text is about: the one named most often after "tỉnh", "Tỉnh ủy" or "thành phố". */
  public static String mostNamed(CharSequence text) {
    String lower = text.toString().toLowerCase(java.util.Locale.ROOT);
    int[] counts = new int[LOWER.length];
    int best = -1;
    for (String prefix : PREFIXES) {
      for (int i = lower.indexOf(prefix); i >= 0; i = lower.indexOf(prefix, i + 1)) {
        if (i > 0 && Character.isLetter(lower.charAt(i - 1))) continue;
        int at = i + prefix.length();
        for (int k = 0; k < LOWER.length; k++) {
          String n = LOWER[k];
          if (lower.startsWith(n, at) && (at + n.length() == lower.length() || !Character.isLetter(lower.charAt(at + n.length())))) {
            if (++counts[k] > (best < 0 ? 0 : counts[best])) best = k;
            break;
          }
        }
      }
    }
    return best < 0 ? null : NAMES.get(best).replace("TP. ", "");
  }
}
