// Orchestration of extraction for a batch: split and hash every document (parallel), build the
// site profile (sequential, hashing only), clean each document (parallel, read-only profile),
// then settle what needs the whole batch: years missing from datelines and unique ids.
#include "extract/extract.h"

#include <exception>
#include <unordered_map>
#include <unordered_set>

#include "core/parallel.h"
#include "core/strings.h"
#include "extract/html/html_article.h"
#include "extract/language.h"
#include "extract/metadata/dateline.h"
#include "extract/metadata/outlet.h"
#include "extract/metadata/year_inference.h"
#include "extract/text/cleaner.h"
#include "extract/text/scrape_lines.h"
#include "extract/text/site_profile.h"

namespace corroborate {
namespace {

// A publish date whose year the batch has to supply.
struct PendingYear {
  bool needed = false;
  std::string source;  // "dateline" or "jsonl"
};

void SetPublished(const ParsedDateline& parsed, const std::string& source, Article* a,
                  PendingYear* pending) {
  a->published = parsed.timestamp;
  a->sources["published"] = source;
  if (!parsed.has_year) {
    pending->needed = true;
    pending->source = source;
  }
}

void ChooseOutlet(const DecodedDocument& doc, const CleanedScrape& cleaned, Article* a) {
  const std::string outlet = CollapseWhitespace(doc.raw.outlet);
  if (!outlet.empty()) {
    a->outlet = outlet;
    a->sources["outlet"] = "jsonl";
    return;
  }
  std::string site = SiteFromUrl(doc.raw.url);
  if (site.empty()) site = SiteFromUrl(doc.raw.uri);
  if (!site.empty()) {
    a->outlet = site;
    a->sources["outlet"] = "url";
    return;
  }
  if (!cleaned.brand.empty()) {
    a->outlet = cleaned.brand;
    a->sources["outlet"] = cleaned.brand_source;
    return;
  }
  a->outlet = SplitUri(doc.raw.uri).stem;
  a->sources["outlet"] = "file name";
}

std::string BaseId(const RawDocument& raw) {
  const std::string id(Trim(raw.id));
  if (!id.empty()) return id;
  const UriParts parts = SplitUri(raw.uri);
  std::string stem = parts.stem.empty() ? "doc" : parts.stem;
  if (!parts.line.empty()) stem += "-" + parts.line;
  return stem;
}

void BuildArticle(const DecodedDocument& doc, const std::vector<ScrapeLine>& lines,
                  const SiteKey& site, const SiteProfile& profile, Article* a,
                  PendingYear* pending) {
  a->id = BaseId(doc.raw);
  a->uri = doc.raw.uri;
  a->url = std::string(Trim(doc.raw.url));
  a->charset = doc.charset;
  const std::string title = CollapseWhitespace(doc.raw.title);
  CleanedScrape cleaned = CleanScrape(lines, title, site, profile);
  a->text = Join(cleaned.kept, "\n");
  a->removed = std::move(cleaned.removed);
  if (!title.empty()) {
    a->title = title;
    a->sources["title"] = "jsonl";
  } else if (!cleaned.headline.empty()) {
    a->title = cleaned.headline;
    a->sources["title"] = "headline line";
  }
  if (!cleaned.byline.empty()) {
    a->byline = cleaned.byline;
    a->sources["byline"] = "byline line";
  }
  std::optional<ParsedDateline> from_jsonl;
  if (!Trim(doc.raw.published).empty()) from_jsonl = ParseDateline(doc.raw.published);
  if (from_jsonl) {
    SetPublished(*from_jsonl, "jsonl", a, pending);
  } else if (cleaned.dateline) {
    SetPublished(*cleaned.dateline, "dateline", a, pending);
  }
  ChooseOutlet(doc, cleaned, a);
  a->language = DetectLanguage(a->text);
  a->sources["language"] = "cld2";
}

// Fills in years the datelines left out, from the batch's other dates or the clock.
void InferMissingYears(std::vector<Article>* articles, const std::vector<PendingYear>& pending) {
  std::vector<CivilDate> known;
  for (size_t i = 0; i < articles->size(); ++i) {
    const CivilDate& d = (*articles)[i].published.date;
    if (!pending[i].needed && d.has_day()) known.push_back(d);
  }
  CivilDate today;
  bool have_today = false;
  for (size_t i = 0; i < articles->size(); ++i) {
    if (!pending[i].needed) continue;
    Timestamp& ts = (*articles)[i].published;
    int year = InferYearFromBatch(ts.date.month, ts.date.day, known);
    std::string how = pending[i].source + ", year inferred from other articles";
    if (year == 0) {
      if (!have_today) today = TodayUtc(), have_today = true;
      year = InferYearFromClock(ts.date.month, ts.date.day, today);
      how = pending[i].source + ", year inferred from the clock";
    }
    ts.date.year = year;
    ts.year_inferred = true;
    (*articles)[i].sources["published"] = how;
  }
}

// HTML pages carry their structure: they go through main-content extraction, not the cleaner.
bool IsHtml(const DecodedDocument& doc) { return doc.raw.format == "html"; }

}  // namespace

// The next suffix to try is remembered per id so a crawl with 100,000 records of one base name
// stays linear.
void MakeIdsUnique(std::vector<Article>* articles) {
  std::unordered_set<std::string> taken;
  std::unordered_map<std::string, int> next_suffix;
  for (Article& a : *articles) {
    std::string candidate = a.id;
    if (!taken.insert(candidate).second) {
      int& k = next_suffix.try_emplace(a.id, 2).first->second;
      do {
        candidate = a.id + "-" + std::to_string(k++);
      } while (!taken.insert(candidate).second);
    }
    a.id = std::move(candidate);
  }
}

std::vector<Article> ExtractArticles(std::vector<DecodedDocument> docs, unsigned threads) {
  const size_t n = docs.size();
  std::vector<std::vector<ScrapeLine>> lines(n);
  std::vector<SiteKey> sites(n);
  ParallelFor(n, threads, [&](size_t i) {
    try {
      sites[i] = SiteKeyOf(docs[i]);
      if (!IsHtml(docs[i])) lines[i] = SplitScrape(docs[i].text);
    } catch (const std::exception&) {
      lines[i].clear();  // out of memory on one document: it comes back empty
    }
  });
  SiteProfile profile;
  for (size_t i = 0; i < n; ++i) profile.Add(sites[i], lines[i]);

  std::vector<Article> articles(n);
  std::vector<PendingYear> pending(n);
  ParallelFor(n, threads, [&](size_t i) {
    try {
      if (IsHtml(docs[i])) {
        articles[i] = ExtractHtmlArticle(docs[i]);
        articles[i].id = BaseId(docs[i].raw);
      } else {
        BuildArticle(docs[i], lines[i], sites[i], profile, &articles[i], &pending[i]);
      }
    } catch (const std::exception&) {
      articles[i].id = BaseId(docs[i].raw);
      articles[i].uri = docs[i].raw.uri;
      articles[i].language = "und";
    }
    std::vector<ScrapeLine>().swap(lines[i]);
    docs[i].text.clear();
    docs[i].text.shrink_to_fit();
  });
  InferMissingYears(&articles, pending);
  MakeIdsUnique(&articles);
  return articles;
}

}  // namespace corroborate
