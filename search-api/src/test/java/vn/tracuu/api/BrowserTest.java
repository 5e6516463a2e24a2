package vn.tracuu.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.javalin.Javalin;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import vn.tracuu.cli.ServeCommandAccess;
import vn.tracuu.cli.Tracuu;

/**
 * The demo page in Debian's headless Chromium: a query typed without diacritics, highlighted results, a filter,
 * a screenshot in {@code search-api/target/screenshots/}. CI installs chromium and chromium-driver; elsewhere
 * the test is skipped when they are missing, never in CI.
 */
class BrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static Javalin app;
  static ChromeDriver browser;
  @TempDir static Path tmp;

  @BeforeAll
  static void start() throws Exception {
    boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
    if (System.getenv("CI") == null) assumeTrue(installed, "chromium and chromium-driver are not installed");
    assertTrue(installed, "CI must install chromium and chromium-driver (.ci/run)");
    Path root = Path.of(System.getProperty("tracuu.root"));
    Path index = tmp.resolve("index");
    assertEquals(0, Tracuu.run("index", "--input", root.resolve("corpus/seeds").toString(), "--input",
        root.resolve("corpus/legal").toString(), "--index", index.toString()));
    app = ServeCommandAccess.start(index, null, "*");
    ChromeOptions o = new ChromeOptions();
    o.setBinary(CHROMIUM.toFile());
    o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--window-size=1200,1400", "--user-data-dir=" + tmp.resolve("profile"));
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
    browser = new ChromeDriver(service, o);
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.quit();
    if (app != null) app.stop();
  }

  private static SearchContext widget() {
    return browser.findElement(By.cssSelector("tracuu-search")).getShadowRoot();
  }

  @Test
  void aMistypedWordIsOfferedItsNearestWord() throws Exception {
    WebDriverWait wait = open("/");
    WebElement input = wait.until(d -> widget().findElement(By.cssSelector("input[type=search]")));
    input.sendKeys("ket nap dang vein", Keys.ENTER);
    WebElement offer = wait.until(d -> widget().findElement(By.cssSelector(".status .did-you-mean")));
    assertEquals("ket nap dang vien", offer.getText());
    assertTrue(widget().findElement(By.cssSelector(".status")).getText().startsWith("Không văn bản nào khớp đúng mọi từ"));
    offer.click();
    wait.until(d -> widget().findElement(By.cssSelector(".status")).getText().matches("\\d+ kết quả.*"));
    assertEquals("ket nap dang vien", input.getAttribute("value"));
    assertTrue(widget().findElements(By.cssSelector(".status .did-you-mean")).isEmpty());
  }

  @Test
  void searchWithoutDiacriticsHighlightsAndFilters() throws Exception {
    WebDriverWait wait = open("/");
    WebElement input = wait.until(d -> widget().findElement(By.cssSelector("input[type=search]")));
    // before any search: only the box
    assertFalse(widget().findElement(By.cssSelector(".filters")).isDisplayed(), "no filters before a search");
    assertFalse(widget().findElement(By.cssSelector(".pager")).isDisplayed(), "no pager before a search");
    input.sendKeys("ket nap dang vien", Keys.ENTER);
    wait.until(d -> !widget().findElements(By.cssSelector(".hit mark")).isEmpty());
    List<String> marked = widget().findElements(By.cssSelector(".hit mark")).stream().map(WebElement::getText).toList();
    assertTrue(marked.stream().anyMatch(m -> m.equalsIgnoreCase("nạp") || m.equalsIgnoreCase("đảng") || m.equalsIgnoreCase("kết")),
        "a folded query marks the accented words: " + marked);
    String status = widget().findElement(By.cssSelector(".status")).getText();
    assertTrue(status.matches("\\d+ kết quả.*"), status);

    // filter by a cited document: every result then cites it
    Select ref = new Select(widget().findElement(By.cssSelector("select[name=ref]")));
    String code = ref.getOptions().stream().map(e -> e.getAttribute("value")).filter(v -> !v.isEmpty()).findFirst().orElseThrow();
    ref.selectByValue(code);
    wait.until(d -> widget().findElement(By.cssSelector(".status")).getText().startsWith(String.valueOf(countWith(code))));
    List<WebElement> hits = widget().findElements(By.cssSelector(".hit"));
    assertFalse(hits.isEmpty());
    for (WebElement h : hits) assertTrue(h.findElement(By.cssSelector(".refs")).getText().contains(code));

    screenshot("demo-search.png");

    // a hit opens its document as a page, the query's words marked there
    String href = hits.get(0).findElement(By.cssSelector("a")).getAttribute("href");
    assertTrue(href.contains("/documents/") && href.contains("?q="), href);
    browser.get(href);
    WebElement first = wait.until(d -> d.findElement(By.cssSelector("#text mark")));
    assertTrue(List.of("kết", "nạp", "đảng", "viên").contains(first.getText().toLowerCase()), first.getText());
    screenshot("document.png");
  }

  @Test
  void researchPageFiltersRowsByUnitAndDrawsTheirPlaces() throws Exception {
    WebDriverWait wait = open("/research");
    WebElement unit = wait.until(d -> d.findElement(By.cssSelector("input[name=unit]")));
    unit.sendKeys("đảng viên");
    browser.findElement(By.cssSelector("#f button")).click();
    int total = get("/api/indicators?unit=" + java.net.URLEncoder.encode("đảng viên", "UTF-8")).get("total").asInt();
    assertTrue(total > 0, "the seeds report party members");
    wait.until(d -> d.findElement(By.id("status")).getText().startsWith(total + " số liệu"));
    String status = browser.findElement(By.id("status")).getText();
    assertTrue(status.startsWith(String.valueOf(total)), status + " vs " + total);
    List<WebElement> rows = browser.findElements(By.cssSelector("#rows tr"));
    assertEquals(Math.min(total, 100), rows.size());
    for (WebElement r : rows) {
      List<WebElement> cells = r.findElements(By.tagName("td"));
      assertEquals("đảng viên", cells.get(3).getText());
      assertFalse(cells.get(4).getText().isBlank(), "every row says what it measures");
      assertTrue(r.findElement(By.cssSelector("a")).getAttribute("href").contains("/documents/"));
    }
    // the CSV link carries the same filter
    assertTrue(browser.findElement(By.id("csv")).getAttribute("href").contains("format=csv"));
    assertTrue(browser.findElement(By.id("csv")).getAttribute("href").contains("unit="));
    // the chart by place is drawn (a canvas with pixels that are not all blank)
    wait.until(d -> (Boolean) browser.executeScript(
        "const c = document.getElementById('places'); const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
        + " for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) return true; return false;"));
    screenshot("research.png");

    // a row's link opens its document with the figure marked
    String first = get("/api/indicators?limit=1&unit=" + java.net.URLEncoder.encode("đảng viên", "UTF-8")).get("rows").get(0).get("text").asText();
    rows.get(0).findElement(By.cssSelector("a")).click();
    WebElement mark = wait.until(d -> d.findElement(By.id("mark")));
    assertEquals(first, mark.getText());
  }

  private static com.fasterxml.jackson.databind.JsonNode get(String path) throws Exception {
    var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
        java.net.URI.create("http://127.0.0.1:" + app.port() + path)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
  }

  @Test
  void citationCheckPageMarksEachReference() throws Exception {
    WebDriverWait wait = open("/citations");
    WebElement area = wait.until(d -> d.findElement(By.cssSelector("textarea")));
    area.sendKeys("Quán triệt Chỉ thị số 05-CT/TW của Bộ Chính trị và Chỉ thị số 77-CT/TW.");
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    wait.until(d -> !d.findElements(By.cssSelector("#result tbody tr")).isEmpty());
    List<WebElement> rows = browser.findElements(By.cssSelector("#result tbody tr"));
    assertEquals(2, rows.size());
    assertEquals("found", rows.get(0).findElements(By.cssSelector("td")).get(2).getAttribute("class"));
    assertEquals("not_found", rows.get(1).findElements(By.cssSelector("td")).get(2).getAttribute("class"));
    screenshot("citations.png");
  }

  /** Opens a page of the server; the wait for what it shows. */
  private static WebDriverWait open(String path) {
    browser.get("http://127.0.0.1:" + app.port() + path);
    return new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  /** Saves what the browser shows to search-api/target/screenshots/{name}; a blank page would be tiny. */
  private static void screenshot(String name) throws Exception {
    Path shots = Path.of(System.getProperty("tracuu.root"), "search-api/target/screenshots");
    Files.createDirectories(shots);
    File png = browser.getScreenshotAs(OutputType.FILE);
    Files.copy(png.toPath(), shots.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    assertTrue(Files.size(shots.resolve(name)) > 10_000, name);
  }

  @Test
  void suggestionsAreAnAccessibleCombobox() throws Exception {
    WebDriverWait wait = open("/");
    WebElement input = wait.until(d -> widget().findElement(By.cssSelector("input[type=search]")));
    browser.findElement(By.tagName("body")).sendKeys("/");
    wait.until(d -> "true".equals(String.valueOf(browser.executeScript(
        "return document.querySelector('tracuu-search').shadowRoot.activeElement?.type === 'search'"))));
    assertEquals("combobox", input.getAttribute("role"));
    assertEquals("false", input.getAttribute("aria-expanded"));
    // typed where "/" put the cursor, as a user does
    new org.openqa.selenium.interactions.Actions(browser).sendKeys("05-ct").perform();
    wait.until(d -> "true".equals(input.getAttribute("aria-expanded")));
    new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.ARROW_DOWN).perform();
    String active = input.getAttribute("aria-activedescendant");
    assertEquals("true", widget().findElement(By.cssSelector("#" + active)).getAttribute("aria-selected"));
    new org.openqa.selenium.interactions.Actions(browser).sendKeys(Keys.ESCAPE).perform();
    wait.until(d -> "false".equals(input.getAttribute("aria-expanded")));
    assertEquals("05-ct", input.getAttribute("value"), "Esc closes the suggestions, the text stays");
  }

  /**
   * A staff member, keyboard only, on a phone and on a desktop: a search in the widget, Tab to the first hit and
   * Enter, on the document Tab to a directive it cites and Enter, on the directive's page Tab to its feed and Enter.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0} px wide")
  @org.junit.jupiter.params.provider.ValueSource(ints = {375, 1280})
  void fromTheWidgetToADocumentToADirectiveAndItsFeedByKeyboard(int width) throws Exception {
    browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 800));
    String shot = width < 500 ? "phone" : "desktop";
    try {
      WebDriverWait wait = open("/");
      wait.until(d -> widget().findElement(By.cssSelector("input[type=search]")));
      browser.findElement(By.tagName("body")).sendKeys("/");
      keys("chỉ thị 05", Keys.ENTER);
      wait.until(d -> !widget().findElements(By.cssSelector(".hit a[part=title]")).isEmpty());
      screenshot(shot + "-search.png");
      tabUntil("return document.querySelector('tracuu-search').shadowRoot.activeElement?.getAttribute('part') === 'title'");
      java.util.Set<String> before = browser.getWindowHandles();
      keys(Keys.ENTER); // the hit opens in a tab of its own
      wait.until(d -> d.getWindowHandles().size() > before.size());
      for (String w : browser.getWindowHandles()) if (!before.contains(w)) browser.switchTo().window(w);
      wait.until(d -> d.getCurrentUrl().contains("/documents/"));
      wait.until(d -> !d.findElements(By.cssSelector("a[href^='/directives/']")).isEmpty());
      screenshot(shot + "-document.png");
      tabUntil("return document.activeElement?.getAttribute('href')?.startsWith('/directives/')");
      keys(Keys.ENTER);
      wait.until(d -> d.getCurrentUrl().contains("/directives/"));
      wait.until(d -> !d.findElements(By.cssSelector("h1")).isEmpty());
      screenshot(shot + "-directive.png");
      tabUntil("return document.activeElement?.getAttribute('href')?.endsWith('.atom')");
      keys(Keys.ENTER);
      wait.until(d -> d.getCurrentUrl().endsWith(".atom"));
      wait.until(d -> d.getPageSource().contains("feed") && d.getPageSource().contains("entry"));
    } finally {
      for (String w : browser.getWindowHandles()) if (browser.getWindowHandles().size() > 1) {
        browser.switchTo().window(w);
        browser.close();
      }
      browser.switchTo().window(browser.getWindowHandles().iterator().next());
      browser.manage().window().setSize(new org.openqa.selenium.Dimension(1200, 1400));
    }
  }

  @Test
  void theWidgetSpeaksThePagesLanguage() throws Exception {
    WebDriverWait wait = open("/");
    browser.executeScript("const w = document.createElement('tracuu-search'); w.setAttribute('lang', 'en'); w.id = 'en';"
        + " document.body.append(w);");
    SearchContext en = browser.findElement(By.id("en")).getShadowRoot();
    WebElement input = wait.until(d -> en.findElement(By.cssSelector("input[type=search]")));
    assertEquals("Search", en.findElement(By.cssSelector("button[type=submit]")).getText());
    input.sendKeys("ket nap dang vein", Keys.ENTER);
    wait.until(d -> en.findElement(By.cssSelector(".status")).getText().contains("results"));
    assertTrue(en.findElement(By.cssSelector(".status")).getText().startsWith("No document has every word"));
    assertEquals("ket nap dang vien", en.findElement(By.cssSelector(".did-you-mean")).getText());
  }

  @Test
  void enterOnASuggestedCodeSearchesWithItAsTheFilter() throws Exception {
    WebDriverWait wait = open("/");
    WebElement input = wait.until(d -> widget().findElement(By.cssSelector("input[type=search]")));
    input.sendKeys("05-CT");
    wait.until(d -> "true".equals(input.getAttribute("aria-expanded")));
    List<WebElement> options = widget().findElements(By.cssSelector("li[role=option]"));
    int code = -1;
    for (int i = 0; i < options.size() && code < 0; i++) if ("code".equals(options.get(i).getAttribute("data-kind"))) code = i;
    assertTrue(code >= 0, "a code among the suggestions");
    String text = options.get(code).getAttribute("data-text");
    for (int i = 0; i <= code; i++) input.sendKeys(Keys.ARROW_DOWN);
    input.sendKeys(Keys.ENTER);
    wait.until(d -> !widget().findElements(By.cssSelector(".hit")).isEmpty());
    assertEquals(text, new Select(widget().findElement(By.cssSelector("select[name=ref]"))).getFirstSelectedOption().getAttribute("value"));
    for (WebElement h : widget().findElements(By.cssSelector(".hit"))) assertTrue(h.findElement(By.cssSelector(".refs")).getText().contains(text));
  }

  private static void keys(CharSequence... k) {
    new org.openqa.selenium.interactions.Actions(browser).sendKeys(k).perform();
  }

  /** Presses Tab until the script says focus is where it should be (at most 40 times). */
  private static void tabUntil(String script) {
    for (int i = 0; i < 40; i++) {
      if (Boolean.TRUE.equals(browser.executeScript(script))) return;
      keys(Keys.TAB);
    }
    throw new AssertionError("Tab never reached: " + script);
  }

  /** How many documents match the query with the filter, asked of the API directly. */
  private static int countWith(String code) {
    try {
      return total(code);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static int total(String code) throws Exception {
    return get("/api/search?q=ket+nap+dang+vien&ref=" + java.net.URLEncoder.encode(code, "UTF-8")).get("total").asInt();
  }
}
