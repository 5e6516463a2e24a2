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
  /**
   * For an article of a larger document ({@link ArticleId}): the key of that document, and {@code key@n} and
   * {@code @n} for the article.
   */
  public static final String PART_OF = "part_of";
  public static final String ARTICLE = "article";
  public static final String PUBLISHED = "published";
  public static final String YEAR = "year";
  public static final String SOURCE = "source";
  public static final String TYPE = "type";
  public static final String PROVINCE = "province";
  public static final String HASH = "hash";
  public static final String ALIASES = "aliases";
  /** A text's {@link SimHash}, as doc values: near-duplicate stories are shown as one hit. */
  public static final String SIMHASH = "simhash";
  public static final String REFERENCES_JSON = "references_json";
  public static final String INDICATORS_JSON = "indicators_json";
  public static final String ANALYZER = "analyzer";
  /**
   * {@code document} for a text, {@code indicator} for one of its statistics, {@code article} for one of its
   * articles ({@link Articles}). The rows and articles of a text are indexed in one block with it and share its {@link #OWNER}, so that replacing the text replaces them atomically.
   */
  public static final String RECORD = "record";
  /** For an article indexed beside its text: the text's id, and where the article stands in it. */
  public static final String PARENT = "parent";
  public static final String PARENT_START = "parent_start";
  public static final String PARENT_END = "parent_end";
  public static final String OWNER = "owner";

  // indicator rows: filters (folded), grouping (doc values), paging, the stored record
  public static final String IND_JSON = "ind_json";
  public static final String IND_SOURCE = "ind_source";
  public static final String IND_UNIT = "ind_unit";
  public static final String IND_KIND = "ind_kind";
  public static final String IND_SUBJECT_WORD = "ind_subject_word";
  public static final String IND_SUBJECT = "ind_subject";
  public static final String IND_KEY = "ind_key";
  public static final String IND_PLACE = "ind_place";
  public static final String IND_FROM = "ind_from";
  public static final String IND_TO = "ind_to";
  public static final String IND_YEAR = "ind_year";
  public static final String IND_VALUE = "ind_value";
  public static final String IND_FACT = "ind_fact";
  public static final String IND_REF = "ind_ref";
  public static final String IND_PLANNED = "ind_planned";
  /** The sentence, in the folded view: {@code q} of the indicator table. */
  public static final String IND_TEXT = "ind_text";
  /** Document id, offset and ordinal: a stable order to page through with a cursor. */
  public static final String IND_SORT = "ind_sort";

  private Fields() {}
}
