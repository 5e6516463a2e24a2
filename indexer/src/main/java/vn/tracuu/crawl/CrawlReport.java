package vn.tracuu.crawl;

import java.util.ArrayList;
import java.util.List;

/** What a crawl did, for its summary line. */
public final class CrawlReport {
  public int fetched, added, updated, notModified, unchanged, duplicates, nearDuplicates, disallowed, notVietnamese, outOfScope, empty;
  public final List<String> failures = new ArrayList<>();

  @Override
  public String toString() {
    return "tải " + fetched + ", thêm " + added + ", cập nhật " + updated + ", không đổi (304) " + notModified
        + ", nội dung không đổi " + unchanged + ", trùng " + duplicates + ", gần trùng " + nearDuplicates
        + ", trang không có bài " + empty + ", robots.txt cấm " + disallowed + ", không phải tiếng Việt " + notVietnamese + ", lỗi " + failures.size();
  }
}
