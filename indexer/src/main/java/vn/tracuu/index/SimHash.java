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

  /**
   * A ranking with near-duplicates (within {@value #NEAR} bits) as one entry, at the rank of the first: the indexes
   * kept, at most {@code shown}; {@code copies[k]} gets how many later entries the kept entry k stands for. Past
   * {@code shown}, an entry only counts as a copy of a kept one. A null hash is never anyone's copy.
   */
  public static int[] firstOfEach(Long[] hashes, int shown, int[] copies) {
    int[] kept = new int[Math.min(shown, hashes.length)];
    int n = 0;
    for (int d = 0; d < hashes.length; d++) {
      Long h = hashes[d];
      int same = -1;
      if (h != null) for (int k = 0; k < n && same < 0; k++) if (hashes[kept[k]] != null && near(hashes[kept[k]], h)) same = kept[k];
      if (same >= 0) copies[same]++;
      else if (n < kept.length) kept[n++] = d;
    }
    return java.util.Arrays.copyOf(kept, n);
  }
}
