package vn.tracuu.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The 52 bundled texts (five seeds, 47 legal documents), read from the corpus jar on the classpath. */
final class BundledTexts {
  private BundledTexts() {}

  static List<String> load() {
    try {
      var url = BundledTexts.class.getResource("/corpus/seeds");
      List<String> out = new ArrayList<>();
      if (url.getProtocol().equals("jar")) {
        try (FileSystem fs = FileSystems.newFileSystem(url.toURI(), Map.of())) {
          read(fs.getPath("/corpus/seeds"), out);
          read(fs.getPath("/corpus/legal"), out);
        }
      } else {
        Path seeds = Path.of(url.toURI());
        read(seeds, out);
        read(seeds.resolveSibling("legal"), out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void read(Path dir, List<String> out) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      for (Path p : s.sorted().toList()) {
        try (InputStream in = Files.newInputStream(p)) {
          out.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
  }

  static long chars(List<String> texts) {
    return texts.stream().mapToLong(String::length).sum();
  }
}
