package vn.tracuu.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tracuu.indicators.IndicatorCsv;
import vn.tracuu.indicators.IndicatorFilter;
import vn.tracuu.indicators.IndicatorTable;
import vn.tracuu.io.Json;
import vn.tracuu.search.Searcher;

@Command(name = "indicators", description = "Bảng số liệu của toàn bộ chỉ mục: lọc, nhóm, xuất CSV (cho script).")
final class IndicatorsCommand implements Callable<Integer> {
  @Option(names = "--index", description = "Thư mục chỉ mục (mặc định: data/index)") Path index;
  @Option(names = "--q", description = "Từ trong câu chứa số liệu") String q;
  @Option(names = "--subject", description = "Từ của đối tượng đo, ví dụ: kết nạp đảng viên") String subject;
  @Option(names = "--unit", description = "Đơn vị, ví dụ: đảng viên, %%, VND") String unit;
  @Option(names = "--kind", description = "count, percent, ratio, money, area, length, mass, temperature, rate") String kind;
  @Option(names = "--place", description = "Địa danh (tỉnh, huyện, xã)") String place;
  @Option(names = "--from", description = "Từ năm (2023) hoặc tháng (2023-07) của kỳ số liệu") String from;
  @Option(names = "--to", description = "Đến năm hoặc tháng của kỳ số liệu") String to;
  @Option(names = "--ref", description = "Mã văn bản được dẫn chiếu, ví dụ: 37-NQ/TU") String ref;
  @Option(names = "--planned", description = "true: chỉ mục tiêu, kế hoạch; false: chỉ kết quả") Boolean planned;
  @Option(names = "--by", description = "Nhóm theo place, year, subject hoặc unit") String by;
  @Option(names = "--limit", defaultValue = "100", description = "Số dòng (hoặc số nhóm với --by); mặc định 100") int limit;
  @Option(names = "--csv", description = "In mọi dòng khớp dạng CSV") boolean csv;

  @Override
  public Integer call() throws Exception {
    Path dir = index == null ? ServeCommand.defaultIndex() : index;
    if (!Files.isDirectory(dir)) {
      System.err.println("tracuu indicators: chưa có chỉ mục ở " + dir + " (chạy ./tracuu index hoặc ./tracuu serve)");
      return 2;
    }
    IndicatorFilter f;
    try {
      f = new IndicatorFilter(q, subject, unit, kind, place, from, to, ref, planned);
    } catch (IllegalArgumentException e) {
      System.err.println("tracuu indicators: " + e.getMessage());
      return 2;
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (Searcher s = new Searcher(dir)) {
      IndicatorTable table = s.indicators();
      if (csv) {
        IndicatorCsv w = new IndicatorCsv(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16));
        long n = table.forEach(f, w::row);
        w.flush();
        System.err.println("tracuu indicators: " + n + " dòng");
        return 0;
      }
      if (by != null) {
        for (IndicatorTable.Group g : table.summary(f, by, Math.min(limit, 1000))) {
          out.printf(Locale.ROOT, "%-40s %6d dòng %6d số liệu  tổng %.4g  trung vị %.4g  %s%n", g.label(), g.count(), g.facts(),
              g.sum(), g.median(), String.join(", ", g.units()));
        }
        return 0;
      }
      IndicatorTable.Page page = table.page(f, Math.min(limit, IndicatorTable.MAX_LIMIT), null);
      out.println(Json.write(java.util.Map.of("total", page.total(), "rows", page.rows().stream().map(r -> r.toMap()).toList())));
      return 0;
    } catch (IllegalArgumentException e) {
      System.err.println("tracuu indicators: " + e.getMessage());
      return 2;
    }
  }
}
