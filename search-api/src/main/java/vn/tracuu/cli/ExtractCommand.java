package vn.tracuu.cli;

import vn.tracuu.io.Json;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.tracuu.extract.Extraction;
import vn.tracuu.indicators.IndicatorCsv;
import vn.tracuu.indicators.IndicatorRow;
import vn.tracuu.ingest.DocumentParser;

@Command(name = "extract", description = "Trích xuất văn bản được dẫn chiếu và các chỉ tiêu, số liệu từ một tệp (txt, html, pdf, doc, docx; - là stdin).")
final class ExtractCommand implements Callable<Integer> {
  @Parameters(index = "0", description = "Tệp, hoặc - để đọc stdin") String file;
  @Option(names = "--csv", description = "In bảng chỉ tiêu dạng CSV") boolean csv;

  @Override
  public Integer call() throws Exception {
    String text;
    if (file.equals("-")) {
      text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
    } else {
      Path p = Path.of(file);
      if (!Files.isRegularFile(p)) {
        System.err.println("tracuu extract: không tìm thấy tệp " + file);
        return 2;
      }
      text = new DocumentParser().parse(p).text();
    }
    Extraction x = Extraction.of(text);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    if (csv) {
      var w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
      IndicatorCsv table = new IndicatorCsv(w);
      for (var i : x.indicators()) table.row(new IndicatorRow(file, null, null, null, null, i, null, java.util.List.of()));
      table.flush();
    } else {
      out.println(Json.pretty(x));
    }
    return 0;
  }
}
