package vn.tracuu.index;

/** Field names of the index, in one place. */
public final class Fields {
  public static final String ID = "id";
  public static final String URL = "url";
  public static final String AUTHOR = "author";
  public static final String TITLE = "title";
  public static final String TITLE_EXACT = "title_exact";
  public static final String TITLE_FOLDED = "title_folded";
  public static final String BODY_EXACT = "body_exact";
  /**
   * The text, stored, and indexed in the folded view with offsets in the postings: snippets come from the
   * postings without analyzing the text again, and a folded query marks the accented words.
   */
  public static final String BODY_FOLDED = "body_folded";
  public static final String BODY_PAIRS = "body_pairs";
  public static final String REF = "ref";
  public static final String REF_KEY = "refkey";
  /** The key of each reference once per mention, with frequencies: how much a document is about a code. */
  public static final String REF_MENTIONS = "refmentions";
  public static final String PUBLISHED = "published";
  public static final String YEAR = "year";
  public static final String SOURCE = "source";
  public static final String TYPE = "type";
  public static final String PROVINCE = "province";
  public static final String HASH = "hash";
  public static final String ALIASES = "aliases";
  public static final String REFERENCES_JSON = "references_json";
  public static final String INDICATORS_JSON = "indicators_json";
  public static final String ANALYZER = "analyzer";

  private Fields() {}
}
