// Tra Cứu search widget: <script src=".../widget.js" data-api="https://host"></script> then <tracuu-search>.
(() => {
  const script = document.currentScript;
  const defaultApi = (script && (script.dataset.api || new URL(script.src).origin)) || "";
  // Theming: the page sets --tracuu-accent, --tracuu-font, --tracuu-text, --tracuu-radius, --tracuu-mark on
  // tracuu-search, or styles any element through ::part(input|button|suggestions|suggestion|filters|status|hit|...)
  const css = `
    :host{display:block;font:var(--tracuu-font,15px/1.45 system-ui,sans-serif);color:var(--tracuu-text,#1b1b1b)} [hidden]{display:none!important}
    .box{display:flex;gap:.4em;position:relative}
    input{flex:1;padding:.55em .7em;font:inherit;border:1px solid #aaa;border-radius:var(--tracuu-radius,6px)}
    button{font:inherit;padding:.45em .8em;border:1px solid var(--tracuu-accent,#c00);background:var(--tracuu-accent,#c00);color:#fff;border-radius:var(--tracuu-radius,6px);cursor:pointer}
    button[disabled]{opacity:.4;cursor:default}
    ul.sug{position:absolute;top:100%;left:0;right:0;z-index:9;margin:0;padding:0;list-style:none;background:#fff;border:1px solid #ccc}
    ul.sug li{padding:.35em .7em;cursor:pointer} ul.sug li[aria-selected=true]{background:#fde8e8}
    @media (max-width:500px){ul.sug{position:fixed;top:3.4em;bottom:0;left:0;right:0;overflow:auto;font-size:1.1em}
      ul.sug li{padding:.7em}}
    .filters{display:flex;gap:.5em;margin:.6em 0;flex-wrap:wrap} select{font:inherit;padding:.2em}
    .meta{color:#666;font-size:.85em} .hit{padding:.6em 0;border-bottom:1px solid #eee}
    .hit a{color:var(--tracuu-accent,#a00);font-weight:600;text-decoration:none} mark{background:var(--tracuu-mark,#ffe27a)}
    .pager{display:flex;gap:.5em;align-items:center;margin-top:.6em} .refs{font-size:.8em;color:#555}`;
  // What the user reads, in the page's language: lang="vi" (default) or lang="en"
  const TEXT = {
    vi: {label: "Tìm kiếm văn bản", hint: "Tìm văn bản, ví dụ: chỉ thị 05, nghị quyết 37, kết nạp đảng viên", go: "Tìm",
      year: "Năm", cited: "Văn bản dẫn chiếu", all: "Tất cả", prev: "‹ Trước", next: "Sau ›", page: "Trang",
      offline: "không kết nối được máy chủ tìm kiếm", busy: "quá nhiều yêu cầu; thử lại sau một phút", failed: "máy chủ trả lỗi ",
      empty: "Nhập từ cần tìm, ví dụ: chỉ thị 05.", searching: "Đang tìm…", error: "Lỗi: ",
      relaxed: "Không văn bản nào khớp đúng mọi từ; kết quả gần đúng: ", results: "kết quả", meant: " · Có phải bạn muốn tìm: ",
      original: "bản gốc", copies: "bản sao", refs: "Dẫn chiếu: ", none: "Không tìm thấy văn bản phù hợp."},
    en: {label: "Search documents", hint: "Search documents, e.g. chỉ thị 05, nghị quyết 37", go: "Search",
      year: "Year", cited: "Cited document", all: "All", prev: "‹ Previous", next: "Next ›", page: "Page",
      offline: "cannot reach the search server", busy: "too many requests; try again in a minute", failed: "the server answered ",
      empty: "Type what to look for, e.g. chỉ thị 05.", searching: "Searching…", error: "Error: ",
      relaxed: "No document has every word; closest results: ", results: "results", meant: " · Did you mean: ",
      original: "original", copies: "copies", refs: "Cites: ", none: "No matching document."}};
  const esc = s => String(s ?? "").replace(/[&<>"']/g, c => ({"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;","'":"&#39;"}[c]));

  class TracuuSearch extends HTMLElement {
    connectedCallback() {
      this.api = (this.getAttribute("api") || defaultApi).replace(/\/$/, "");
      this.limit = Number(this.getAttribute("limit") || 10);
      this.offset = 0;
      const t = this.t = TEXT[this.getAttribute("lang")] || TEXT.vi;
      const root = this.attachShadow({mode: "open"});
      root.innerHTML = `<style>${css}</style>
        <form class="box" role="search" part="box"><input type="search" part="input" aria-label="${t.label}" role="combobox"
          aria-autocomplete="list" aria-controls="sug" aria-expanded="false"
          placeholder="${t.hint}" autocomplete="off">
          <button type="submit" part="button">${t.go}</button><ul class="sug" id="sug" role="listbox" part="suggestions" hidden></ul></form>
        <div class="filters" part="filters" hidden><label>${t.year} <select name="year" part="select"><option value="">${t.all}</option></select></label>
          <label>${t.cited} <select name="ref" part="select"><option value="">${t.all}</option></select></label></div>
        <div class="status" part="status" aria-live="polite"></div><div class="results" part="results"></div>
        <div class="pager" part="pager" hidden><button type="button" class="prev" part="button prev">${t.prev}</button><span class="page" part="page"></span>
          <button type="button" class="next" part="button next">${t.next}</button></div>`;
      this.$ = s => root.querySelector(s);
      this.input = this.$("input");
      this.sug = this.$("ul.sug");
      this.$("form").addEventListener("submit", e => { e.preventDefault(); this.hideSug(); this.offset = 0; this.search(); });
      this.input.addEventListener("blur", () => setTimeout(() => this.hideSug(), 150));
      this.input.addEventListener("input", () => this.suggest());
      this.input.addEventListener("keydown", e => this.keys(e));
      this.$("select[name=year]").addEventListener("change", () => { this.offset = 0; this.search(); });
      this.$("select[name=ref]").addEventListener("change", () => { this.offset = 0; this.search(); });
      this.$(".prev").addEventListener("click", () => { this.offset = Math.max(0, this.offset - this.limit); this.search(); });
      this.$(".next").addEventListener("click", () => { this.offset += this.limit; this.search(); });
      // query="..." starts with a search; query-param="q" takes it from the page's address (?q=...)
      const param = this.getAttribute("query-param");
      const q = this.getAttribute("query") || (param && new URLSearchParams(location.search).get(param));
      // "/" anywhere on the page puts the cursor in the box, as on most search sites
      document.addEventListener("keydown", e => {
        const t = e.composedPath()[0];
        if (e.key === "/" && !/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) && !t.isContentEditable) { e.preventDefault(); this.input.focus(); }
      });
      if (q) { this.input.value = q; this.search(); }
    }
    async get(path, params) {
      const u = new URL(this.api + path, location.href);
      Object.entries(params).forEach(([k, v]) => v !== "" && v != null && u.searchParams.set(k, v));
      let r;
      try {
        r = await fetch(u);
      } catch (e) {
        throw new Error(this.t.offline);
      }
      if (r.status === 429) throw new Error(this.t.busy);
      const body = await r.json().catch(() => ({}));
      if (!r.ok) throw new Error(body.message || this.t.failed + r.status);
      return body;
    }
    async suggest() {
      const q = this.input.value.trim();
      clearTimeout(this.timer);
      if (q.length < 2) return this.hideSug();
      const seq = this.seq = (this.seq || 0) + 1;
      this.timer = setTimeout(async () => {
        try {
          const {suggestions} = await this.get("/api/suggest", {q});
          if (seq !== this.seq) return; // a search or newer typing came first
          this.sug.innerHTML = suggestions.map((s, i) => `<li role="option" part="suggestion" id="s${i}" data-text="${esc(s.text)}"
            data-kind="${esc(s.kind)}" data-id="${esc(s.id || "")}">${esc(s.text)}</li>`).join("");
          this.sug.hidden = suggestions.length === 0;
          this.input.setAttribute("aria-expanded", String(!this.sug.hidden));
          this.sel = -1;
          this.sug.querySelectorAll("li").forEach(li => li.addEventListener("mousedown", () => this.choose(li)));
        } catch (e) { this.hideSug(); }
      }, 150);
    }
    /** A suggested document opens; a suggested code becomes the filter of a search for it. */
    choose(li) {
      this.hideSug();
      if (li.dataset.kind === "title" && li.dataset.id) {
        location.href = this.api + "/documents/" + encodeURIComponent(li.dataset.id);
        return;
      }
      this.input.value = li.dataset.text;
      this.offset = 0;
      if (li.dataset.kind === "code") {
        const ref = this.$("select[name=ref]");
        if (![...ref.options].some(o => o.value === li.dataset.text)) ref.add(new Option(li.dataset.text, li.dataset.text));
        ref.value = li.dataset.text;
      }
      this.search();
    }
    hideSug() {
      clearTimeout(this.timer); this.seq = (this.seq || 0) + 1; this.sug.hidden = true; this.sel = -1;
      this.input.setAttribute("aria-expanded", "false"); this.input.removeAttribute("aria-activedescendant");
    }
    keys(e) {
      const items = [...this.sug.querySelectorAll("li")];
      if (this.sug.hidden || !items.length) return;
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        this.sel = (this.sel + (e.key === "ArrowDown" ? 1 : items.length - 1)) % items.length;
        items.forEach((li, i) => li.setAttribute("aria-selected", i === this.sel));
        this.input.setAttribute("aria-activedescendant", items[this.sel].id);
      } else if (e.key === "Enter" && this.sel >= 0) {
        e.preventDefault();
        this.choose(items[this.sel]);
      } else if (e.key === "Escape") { e.preventDefault(); this.hideSug(); } // a search box clears itself on Esc otherwise
    }
    async search() {
      const q = this.input.value.trim();
      if (!q) { this.$(".status").textContent = this.t.empty; return; }
      this.query = q;
      const year = this.$("select[name=year]").value, ref = this.$("select[name=ref]").value;
      this.$(".status").textContent = this.t.searching;
      try {
        const r = await this.get("/api/search", {q, limit: this.limit, offset: this.offset, from: year, to: year, ref});
        this.render(r, year, ref);
      } catch (e) {
        this.$(".status").textContent = this.t.error + e.message;
      }
    }
    render(r, year, ref) {
      const t = this.t;
      this.$(".status").textContent = (r.relaxed ? t.relaxed : "") + `${r.total} ${t.results} (${r.tookMs} ms)`;
      if (r.didYouMean) {
        const a = document.createElement("a");
        a.href = "#"; a.className = "did-you-mean"; a.setAttribute("part", "did-you-mean"); a.textContent = r.didYouMean;
        a.addEventListener("click", e => { e.preventDefault(); this.input.value = r.didYouMean; this.offset = 0; this.search(); });
        this.$(".status").append(t.meant, a, "?");
      }
      this.$(".results").innerHTML = r.hits.map(h => `<article class="hit" part="hit">
          <a part="title" href="${esc(this.api + "/documents/" + encodeURIComponent(h.id) + "?q=" + encodeURIComponent(this.query))}" target="_blank" rel="noopener">${esc(h.title)}</a>
          <div class="meta" part="meta">${esc(h.source)}${h.published ? " · " + esc(h.published) : ""}${h.url ? ` · <a href="${esc(h.url)}" target="_blank" rel="noopener">${t.original}</a>` : ""}${h.copies ? ` · +${h.copies} ${t.copies}` : ""}</div>
          <div class="snippet" part="snippet">${h.snippet}</div>
          ${h.references.length ? `<div class="refs" part="refs">${t.refs}${h.references.map(esc).join(", ")}</div>` : ""}</article>`).join("")
        || `<p>${t.none}</p>`;
      const fill = (name, counts, current) => {
        const sel = this.$(`select[name=${name}]`);
        sel.innerHTML = `<option value="">${t.all}</option>` + Object.entries(counts || {})
          .map(([k, n]) => `<option value="${esc(k)}"${k === current ? " selected" : ""}>${esc(k)} (${n})</option>`).join("");
      };
      fill("year", r.facets.year, year);
      fill("ref", r.facets.ref, ref);
      this.$(".filters").hidden = false;
      const pager = this.$(".pager");
      pager.hidden = r.total <= this.limit;
      this.$(".prev").disabled = this.offset === 0;
      this.$(".next").disabled = this.offset + this.limit >= r.total;
      this.$(".page").textContent = `${this.t.page} ${Math.floor(this.offset / this.limit) + 1}/${Math.max(1, Math.ceil(r.total / this.limit))}`;
    }
  }
  if (!customElements.get("tracuu-search")) customElements.define("tracuu-search", TracuuSearch);
})();
