package vn.tracuu.index;

import vn.tracuu.analysis.VietnameseText;

/**
 * 64-bit SimHash over word 3-shingles of a text: near-duplicate pages (the same article with other chrome or a
 * changed sentence) differ in a few bits. The crawler skips such pages; search shows them as one hit.
 */
public final class SimHash {
  public static final int NEAR = 3;

  private SimHash() {}

  public static long of(String text) {
    String[] w = VietnameseText.foldAll(text).split("[^\\p{L}\\p{Nd}]+");
    int[] v = new int[64];
    for (int i = 0; i + 2 < w.length; i++) {
      long h = fnv(w[i] + ' ' + w[i + 1] + ' ' + w[i + 2]);
      for (int b = 0; b < 64; b++) v[b] += ((h >>> b) & 1) == 1 ? 1 : -1;
    }
    long out = 0;
    for (int b = 0; b < 64; b++) if (v[b] > 0) out |= 1L << b;
    return out;
  }

  public static boolean near(long a, long b) {
    return Long.bitCount(a ^ b) <= NEAR;
  }

  private static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    // spread the bits: FNV's low bits are weak for short strings
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
