package vn.tracuu.crawl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;

/** OpenNLP's language detector (the 103-language model of opennlp-models-langdetect), loaded once. */
final class Language {
  private static volatile LanguageDetectorModel model;

  private Language() {}

  /** ISO 639-3 code of the text's language ({@code vie} for Vietnamese). */
  static String of(String text) {
    String sample = text.length() > 4000 ? text.substring(0, 4000) : text;
    return new LanguageDetectorME(model()).predictLanguage(sample).getLang();
  }

  private static LanguageDetectorModel model() {
    if (model == null) {
      synchronized (Language.class) {
        if (model == null) {
          try (InputStream in = Language.class.getResourceAsStream("/langdetect-183.bin")) {
            if (in == null) throw new IOException("langdetect-183.bin not on the classpath");
            model = new LanguageDetectorModel(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
    return model;
  }
}
