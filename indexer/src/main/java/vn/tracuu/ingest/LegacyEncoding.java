package vn.tracuu.ingest;

/**
 * Vietnamese written in the font encodings of the 1990s, read as if it were a code page: TCVN3 (ABC, the .Vn
 * fonts: "§¶ng bé" for "Đảng bộ") puts its letters on the symbols of Latin-1; VNI puts a tone or a hat after the
 * vowel as another Latin letter ("Ñaûng", "Vieät Nam"). Such text is unsearchable, so it is reported, not indexed.
 */
final class LegacyEncoding {
  /**
   * Latin-1 symbols that TCVN3 uses as letters (§ Đ, ® đ, ¶ ả, ¸ á, µ à, · ạ, ...): none is Vietnamese text. Left
   * out: the ones texts use as themselves (° of temperatures, ² and ³ of areas, « » quotes, £ ¥ ¢ ¤ currencies).
   */
  private static final String TCVN3 = "¡¦§¨©ª¬®¯±´µ¶·¸¹º¼½¾¿";
  /** Latin letters that VNI uses as tones and hats after a vowel (ø, ù, û, õ, ï, ä, ö, ñ, Ñ, ...): not Vietnamese. */
  private static final String VNI = "øûïäöñÑëåÿÕÖØÛÏÄ";
  /** Share of letters that must be such characters before a text is taken for a legacy encoding. */
  private static final double SHARE = 0.01;
  private static final int AT_LEAST = 5;

  private LegacyEncoding() {}

  /** "TCVN3", "VNI" or null. */
  static String of(String text) {
    int letters = 0, tcvn3 = 0, vni = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (TCVN3.indexOf(c) >= 0) tcvn3++;
      else if (VNI.indexOf(c) >= 0) vni++;
      if (Character.isLetter(c) || TCVN3.indexOf(c) >= 0) letters++;
    }
    if (tcvn3 >= AT_LEAST && tcvn3 > SHARE * letters) return "TCVN3";
    if (vni >= AT_LEAST && vni > SHARE * letters) return "VNI";
    return null;
  }
}
