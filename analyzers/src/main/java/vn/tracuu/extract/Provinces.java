package vn.tracuu.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  private static final Pattern ANY;

  static {
    StringBuilder b = new StringBuilder("(?u)(?:[Tt]ỉnh(?: ủy| Ủy)?|[Tt]hành phố|TP\\.?)\\s+(");
    for (int i = 0; i < NAMES.size(); i++) {
      if (i > 0) b.append('|');
      b.append(Pattern.quote(NAMES.get(i).replace("TP. ", "")));
    }
    ANY = Pattern.compile(b.append(")(?![\\p{L}])").toString());
  }

  private Provinces() {}

  /** The province the text is about: the one named most often after "tỉnh", "Tỉnh ủy" or "thành phố". */
  public static String mostNamed(CharSequence text) {
    Map<String, Integer> counts = new HashMap<>();
    Matcher m = ANY.matcher(text);
    String best = null;
    int bestCount = 0;
    while (m.find()) {
      int c = counts.merge(m.group(1), 1, Integer::sum);
      if (c > bestCount) {
        best = m.group(1);
        bestCount = c;
      }
    }
    return best;
  }
}
