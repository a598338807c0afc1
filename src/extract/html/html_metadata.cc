// HTML page metadata: one scan of the page (meta_scan), JSON-LD (jsonld), the article head
// (meta_visible), then per field the sources in the order docs/html-metadata.md gives, with
// agreement deciding titles (title_clean) and dates (date_select).
#include "extract/html/html_metadata.h"

#include <chrono>

#include "core/strings.h"
#include "extract/html/date_parse.h"
#include "extract/html/date_select.h"
#include "extract/html/jsonld.h"
#include "extract/html/meta_authors.h"
#include "extract/html/meta_language.h"
#include "extract/html/meta_scan.h"
#include "extract/html/meta_text.h"
#include "extract/html/meta_visible.h"
#include "extract/html/meta_zones.h"
#include "extract/html/title_clean.h"
#include "extract/html/url_date.h"
#include "extract/html/url_resolve.h"
#include "extract/metadata/outlet.h"

namespace corroborate {
namespace {

using html::NodeId;

// Source weights (date_select.h explains how they combine).
constexpr int kJsonLdWeight = 10;
constexpr int kJsonLdPageWeight = 6;     // a WebPage's datePublished: the page, maybe not the story
constexpr int kJsonLdCreatedWeight = 5;  // dateCreated: often the draft's creation
constexpr int kMetaStrongWeight = 9;     // article:published_time and its OpenGraph spellings
constexpr int kMetaItempropWeight = 8;   // <meta itemprop=datePublished> outside excluded zones
constexpr int kMetaOtherWeight = 7;      // pubdate, dc.date, sailthru.date, parsely-pub-date, …
constexpr int kMetaGenericWeight = 6;    // an unlisted key naming a publish date
constexpr int kTimeInArticleWeight = 3;  // a <time> inside the article but below its head
constexpr int kUrlDayWeight = 5;
constexpr int kUrlMonthWeight = 2;
constexpr int kMetaModifiedStrongWeight = 9;
constexpr int kMetaModifiedOtherWeight = 6;

constexpr size_t kMaxTitleBytes = 400;     // headlines run to ~150 bytes; more is a paragraph
constexpr NodeId kMaxHeadlineNodes = 200;  // an <h1> wrapping a whole page is no headline

// A headline this many nodes or fewer before the content root still heads it.
constexpr NodeId kMaxNodesHeadlineToContent = 400;

constexpr std::string_view kStrongPublishedMetas[] = {"article:published_time", "og:published_time",
                                                      "og:article:published_time",
                                                      "article:published", "published_time"};
constexpr std::string_view kOtherPublishedMetas[] = {"pubdate",
                                                     "publishdate",
                                                     "publish-date",
                                                     "publish_date",
                                                     "published-date",
                                                     "publication_date",
                                                     "publication-date",
                                                     "dc.date",
                                                     "dc.date.issued",
                                                     "dc.date.created",
                                                     "dcterms.date",
                                                     "dcterms.issued",
                                                     "dcterms.created",
                                                     "sailthru.date",
                                                     "parsely-pub-date",
                                                     "article.published",
                                                     "article_date_original",
                                                     "original-publish-date",
                                                     "citation_publication_date",
                                                     "citation_date",
                                                     "release_date",
                                                     "pub_date",
                                                     "og:pubdate",
                                                     "date",
                                                     "displaydate",
                                                     "article.created",
                                                     "datecreated",
                                                     "datepublished"};
constexpr std::string_view kStrongModifiedMetas[] = {"article:modified_time", "og:updated_time",
                                                     "og:modified_time", "article:modified"};
constexpr std::string_view kOtherModifiedMetas[] = {
    "last-modified",    "lastmod",         "dc.date.modified",
    "dcterms.modified", "modified_time",   "sailthru.lastmodified",
    "parsely-updated",  "article.updated", "datemodified"};
constexpr std::string_view kAuthorMetas[] = {"author",
                                             "article:author",
                                             "parsely-author",
                                             "sailthru.author",
                                             "dc.creator",
                                             "dcterms.creator",
                                             "byl",
                                             "citation_author"};

// Every date key above and every key GenericDateMetaWeight accepts has one of these: most of a
// page's metas (og:image, viewport, twitter:card) are ruled out in one pass.
bool MayNameADate(std::string_view key) {
  for (std::string_view part : {"dat", "tim", "pub", "mod", "upd", "creat", "issued"}) {
    if (key.find(part) != std::string_view::npos) return true;
  }
  return false;
}

// A meta key no list names but that says what it holds: "sn-post-date", "article-publish-date",
// "cXenseParse:publishtime", "last-updated-time". Weaker than the known keys.
int GenericDateMetaWeight(std::string_view key, bool* modified) {
  const bool date_like =
      key.find("date") != std::string_view::npos || key.find("time") != std::string_view::npos;
  const bool published = key.find("publish") != std::string_view::npos ||
                         key.find("pubdate") != std::string_view::npos ||
                         key.find("pub-date") != std::string_view::npos ||
                         key.find("post-date") != std::string_view::npos ||
                         key.find("post_date") != std::string_view::npos ||
                         key.find("postdate") != std::string_view::npos;
  const bool updated =
      key.find("modif") != std::string_view::npos || key.find("updat") != std::string_view::npos;
  const bool other = key.find("expir") != std::string_view::npos ||
                     key.find("embargo") != std::string_view::npos ||
                     key.find("event") != std::string_view::npos ||
                     key.find("start") != std::string_view::npos ||
                     key.find("end") != std::string_view::npos;
  if (other || !(date_like || published)) return 0;
  if (updated) {
    *modified = true;
    return kMetaGenericWeight;
  }
  return published ? kMetaGenericWeight : 0;
}

int64_t NowSeconds(const HtmlMetadataOptions& options) {
  if (options.now_unix_seconds != 0) return options.now_unix_seconds;
  return std::chrono::duration_cast<std::chrono::seconds>(
             std::chrono::system_clock::now().time_since_epoch())
      .count();
}

bool Inside(const html::Document& doc, NodeId node, NodeId container) {
  return container != html::kNoNode && node >= container && node < doc.node(container).subtree_end;
}

// A URL for comparisons: no scheme, "www.", query, fragment or trailing slash.
std::string UrlKey(std::string_view url) {
  const UrlParts p = SplitUrl(url);
  std::string key = AsciiLower(p.authority);
  if (StartsWith(key, "www.")) key.erase(0, 4);
  std::string_view path = p.path;
  while (!path.empty() && path.back() == '/') path.remove_suffix(1);
  key += path;
  return key;
}

class MetadataBuilder {
 public:
  MetadataBuilder(const html::Document& doc, std::string_view page_url, NodeId content_root,
                  const HtmlMetadataOptions& options)
      : doc_(doc),
        page_url_(Trim(page_url)),
        content_root_(content_root),
        options_(options),
        zones_(doc) {}

  HtmlMetadata Build() {
    scan_ = ScanPage(doc_);
    for (std::string_view block : scan_.jsonld) ParseJsonLdBlock(block, &ld_);
    ResolveBase();
    FindCanonical();
    main_ = MainJsonLdArticle();
    FinishCanonical();
    CollectSiteNames();
    FindArticleHead();
    ChooseTitleField();
    ChooseSiteName();
    ChooseAuthors();
    ChooseDateFields();
    ChooseLanguage();
    ChooseSectionAndDescription();
    return std::move(out_);
  }

 private:
  std::string_view Meta(std::string_view key) const { return scan_.Meta(key); }

  // <base href> resolved against the page URL: what relative links resolve against.
  void ResolveBase() {
    base_ = std::string(page_url_);
    if (scan_.base_href.empty()) return;
    std::string resolved = ResolveUrl(page_url_, scan_.base_href);
    if (IsHttpUrl(resolved)) base_ = std::move(resolved);
  }

  // An http(s) URL from a link value, or "" (javascript:, a site's home page offered as the
  // canonical of an article, unresolvable relative links).
  std::string UsableUrl(std::string_view ref) const {
    if (Trim(ref).empty()) return {};
    std::string url(WithoutFragment(ResolveUrl(base_, ref)));
    if (!IsHttpUrl(url)) return {};
    const UrlParts p = SplitUrl(url);
    const UrlParts page = SplitUrl(page_url_);
    if ((p.path.empty() || p.path == "/") && page.path.size() > 1 && !p.has_query) return {};
    return url;
  }

  void FindCanonical() {
    for (const LinkRel& l : scan_.links) {
      if (l.rel != "canonical" || doc_.node(l.node).tag != html::Tag::kLink) continue;
      if (std::string url = UsableUrl(l.href); !url.empty()) {
        out_.canonical_url = std::move(url);
        out_.canonical_url_source = "link canonical";
        return;
      }
    }
    if (std::string url = UsableUrl(Meta("og:url")); !url.empty()) {
      out_.canonical_url = std::move(url);
      out_.canonical_url_source = "og:url";
    }
  }

  // The page's own article among the JSON-LD objects: the one whose URL is this page's, else
  // whose headline is the page's title, else the first; an article type before a WebPage.
  const JsonLdArticle* MainJsonLdArticle() const {
    const std::string canonical_key = UrlKey(out_.canonical_url);
    const std::string page_key = UrlKey(page_url_);
    std::string title_key = TextKey(Meta("og:title"));
    if (title_key.empty()) title_key = TextKey(scan_.title);
    const JsonLdArticle* best = nullptr;
    int best_score = -1;
    for (const JsonLdArticle& a : ld_.articles) {
      int score = a.is_web_page ? 0 : 8;
      for (const std::string* u : {&a.url, &a.main_entity_of_page}) {
        if (u->empty()) continue;
        const std::string key = UrlKey(UsableUrl(*u));
        if (!key.empty() && (key == canonical_key || key == page_key)) {
          score += 4;
          break;
        }
      }
      const std::string headline_key = TextKey(CleanMetaText(a.headline));
      if (!headline_key.empty() && !title_key.empty() &&
          title_key.find(headline_key) != std::string::npos) {
        score += 2;
      }
      if (!a.date_published.empty()) score += 1;
      if (score > best_score) {
        best = &a;
        best_score = score;
      }
    }
    return best;
  }

  void FinishCanonical() {
    if (out_.canonical_url.empty() && main_ != nullptr) {
      for (const std::string* u : {&main_->url, &main_->main_entity_of_page}) {
        if (std::string url = UsableUrl(*u); !url.empty()) {
          out_.canonical_url = std::move(url);
          out_.canonical_url_source = "json-ld url";
          return;
        }
      }
    }
    if (out_.canonical_url.empty() && IsHttpUrl(page_url_)) {
      out_.canonical_url = std::string(WithoutFragment(page_url_));
      out_.canonical_url_source = "page url";
    }
    host_ = SiteFromUrl(out_.canonical_url.empty() ? base_ : out_.canonical_url);
  }

  void AddSiteName(std::string_view name, std::string_view source) {
    std::string clean = CleanMetaText(name);
    if (clean.empty() || clean.size() > 100 || IsHttpUrl(clean)) return;
    // Some templates put the headline into application-name and the like: a "site name" equal
    // to the page's title is no site name (it would strip every title candidate).
    if (title_name_keys_.empty()) {
      for (std::string_view title : {Meta("og:title"), scan_.title}) {
        title_name_keys_.push_back(title.empty() ? "" : MetaNameKey(CleanMetaText(title)));
      }
    }
    const std::string key = MetaNameKey(clean);
    for (const std::string& title_key : title_name_keys_) {
      if (!title_key.empty() && key == title_key) return;
    }
    site_names_.push_back(clean);
    site_sources_.emplace_back(source);
  }

  void CollectSiteNames() {
    AddSiteName(Meta("og:site_name"), "og:site_name");
    if (main_ != nullptr) AddSiteName(main_->publisher, "json-ld publisher");
    AddSiteName(ld_.website_name, "json-ld website");
    AddSiteName(ld_.organization_name, "json-ld organization");
    AddSiteName(Meta("application-name"), "application-name");
    AddSiteName(Meta("apple-mobile-web-app-title"), "apple-mobile-web-app-title");
    site_keys_ = MakeSiteKeys(site_names_, host_);
  }

  // The article's container and its head: the content root, else the <article> holding the
  // headline, else <main>; the head starts at the headline (<h1>) when there is one.
  void FindArticleHead() {
    NodeId container = content_root_;
    if (container == html::kNoNode) {
      for (NodeId a : scan_.articles) {
        if (!zones_.InExcludedZone(a)) {
          container = a;
          break;
        }
      }
    }
    if (container == html::kNoNode) container = scan_.main;
    container_ = container;
    // The headline: the first <h1> inside the container, else the first one outside excluded
    // zones that is not the site's logo.
    for (int pass = 0; pass < 2 && h1_ == html::kNoNode; ++pass) {
      for (NodeId h : scan_.h1s) {
        if (pass == 0 && !Inside(doc_, h, container)) continue;
        if (doc_.node(h).subtree_end - h > kMaxHeadlineNodes || zones_.InExcludedZone(h)) continue;
        const std::string text = doc_.TextContent(h);
        if (text.empty() || IsSiteName(text) || IsHomeLink(h)) continue;
        h1_ = h;
        h1_text_ = text;
        break;
      }
    }
    // The head is read from the headline when it is inside the container or shortly before
    // it; a headline far away (or none) leaves the container's start.
    NodeId start = container;
    if (h1_ != html::kNoNode) {
      if (container == html::kNoNode || Inside(doc_, h1_, container) ||
          (h1_ < container && container - h1_ <= kMaxNodesHeadlineToContent)) {
        start = h1_;
      }
    }
    head_start_ = start;
    head_ = ScanArticleHead(doc_, start, html::Document::kRoot, site_keys_);
  }

  // An <h1> that is (or sits in) a link to the site's home page is the logo, not the headline.
  bool IsHomeLink(NodeId h1) const {
    auto home = [&](NodeId a) {
      const std::string url = ResolveUrl(base_, doc_.Attr(a, "href"));
      const UrlParts p = SplitUrl(url);
      return !url.empty() && (p.path.empty() || p.path == "/") && !p.has_query;
    };
    for (NodeId k = h1 + 1; k < doc_.node(h1).subtree_end; ++k) {
      if (doc_.node(k).tag == html::Tag::kA) return home(k);
    }
    NodeId up = doc_.node(h1).parent;
    for (int level = 0; level < 3 && up != html::kNoNode; ++level, up = doc_.node(up).parent) {
      if (doc_.node(up).tag == html::Tag::kA) return home(up);
    }
    return false;
  }

  bool IsSiteName(std::string_view text) const {
    if (text.size() > 100) return false;
    const std::string key = MetaNameKey(text);
    if (key.empty()) return false;
    for (const std::string& name_key : site_keys_.name_keys) {
      if (key == name_key) return true;
    }
    return false;
  }

  void AddTitle(std::string_view raw, std::string source, int weight,
                std::vector<TitleCandidate>* out) {
    raw = Trim(raw);
    if (raw.empty() || raw.size() > kMaxTitleBytes) return;  // an unclosed <title>, not a title
    // og:title and twitter:title are often the same text: clean it once.
    for (size_t i = 0; i < title_raw_.size(); ++i) {
      if (title_raw_[i] == raw) {
        out->push_back({(*out)[i].text, std::move(source), weight});
        title_raw_.push_back(raw);
        return;
      }
    }
    std::string text = CleanMetaText(raw);
    CleanedTitle cleaned = StripSiteName(text, site_keys_);
    if (cleaned.title.empty() || IsSiteName(cleaned.title)) return;
    if (title_site_part_.empty()) title_site_part_ = cleaned.site_part;
    out->push_back({std::move(cleaned.title), std::move(source), weight});
    title_raw_.push_back(raw);
  }

  void ChooseTitleField() {
    std::vector<TitleCandidate> candidates;
    if (main_ != nullptr && !main_->is_web_page) {
      AddTitle(main_->headline, "json-ld", 5, &candidates);
    }
    AddTitle(Meta("og:title"), "og:title", 4, &candidates);
    if (h1_ != html::kNoNode) {
      AddTitle(h1_text_, "h1", Inside(doc_, h1_, container_) ? 4 : 2, &candidates);
    }
    AddTitle(Meta("twitter:title"), "twitter:title", 3, &candidates);
    // <title> last: it also names the site when nothing else does.
    AddTitle(scan_.title, "title", 2, &candidates);
    const size_t chosen = PickTitle(candidates);
    if (chosen < candidates.size()) {
      out_.title = candidates[chosen].text;
      out_.title_source = candidates[chosen].source;
    }
  }

  void ChooseSiteName() {
    if (!site_names_.empty()) {
      out_.site_name = site_names_.front();
      out_.site_name_source = site_sources_.front();
    } else if (!title_site_part_.empty()) {
      out_.site_name = title_site_part_;
      out_.site_name_source = "title suffix";
    } else if (!host_.empty()) {
      out_.site_name = host_;
      out_.site_name_source = "host";
    }
  }

  void SetAuthors(std::vector<std::string> names, std::string source) {
    out_.authors = std::move(names);
    out_.authors_source = std::move(source);
  }

  void ChooseAuthors() {
    // The site's names, plus the one read off the title ("| Lakeside Ledger"), are no authors.
    SiteKeys outlets = site_keys_;
    if (!title_site_part_.empty()) outlets.name_keys.push_back(MetaNameKey(title_site_part_));
    std::vector<std::string> names;
    auto add = [&names](std::vector<std::string> more) {
      for (std::string& n : more) {
        bool dup = false;
        for (const std::string& seen : names) dup = dup || IEquals(seen, n);
        if (!dup) names.push_back(std::move(n));
      }
    };
    if (main_ != nullptr) {
      for (const JsonLdAuthor& a : main_->authors) {
        if (!a.organization) add(SplitAuthorNames(CleanMetaText(a.name), outlets));
      }
      if (!names.empty()) return SetAuthors(std::move(names), "json-ld");
    }
    for (std::string_view key : kAuthorMetas) {
      for (const MetaTag& m : scan_.metas) {
        if (m.key == key && !m.itemprop) add(SplitAuthorNames(m.value, outlets));
      }
      if (!names.empty()) return SetAuthors(std::move(names), "meta " + std::string(key));
    }
    if (head_.byline_source == "itemprop author") {
      return SetAuthors(head_.byline_names, head_.byline_source);
    }
    for (const LinkRel& l : scan_.links) {
      if (l.rel != "author" || doc_.node(l.node).tag != html::Tag::kA) continue;
      if (zones_.InExcludedZone(l.node)) continue;
      add(SplitAuthorNames(doc_.TextContent(l.node), outlets));
    }
    if (!names.empty()) return SetAuthors(std::move(names), "rel=author");
    if (!head_.byline_names.empty()) SetAuthors(head_.byline_names, head_.byline_source);
  }

  void AddDate(std::string_view value, std::string source, int weight, bool modified) {
    std::optional<Timestamp> t = ParseDateValue(value);
    if (!t) return;
    DateCandidate c;
    c.timestamp = *t;
    c.source = std::move(source);
    c.weight = weight;
    c.modified = modified;
    dates_.push_back(std::move(c));
  }

  void ChooseDateFields() {
    if (main_ != nullptr) {
      const int weight = main_->is_web_page ? kJsonLdPageWeight : kJsonLdWeight;
      AddDate(main_->date_published, "json-ld datePublished", weight, false);
      AddDate(main_->date_created, "json-ld dateCreated", kJsonLdCreatedWeight, false);
      AddDate(main_->date_modified, "json-ld dateModified", weight, true);
    }
    for (const MetaTag& m : scan_.metas) {
      if (!MayNameADate(m.key) || m.value.empty()) continue;
      int weight = 0;
      bool modified = false;
      for (std::string_view k : kStrongPublishedMetas)
        weight = m.key == k ? kMetaStrongWeight : weight;
      for (std::string_view k : kOtherPublishedMetas)
        weight = m.key == k ? kMetaOtherWeight : weight;
      for (std::string_view k : kStrongModifiedMetas) {
        if (m.key == k) weight = kMetaModifiedStrongWeight, modified = true;
      }
      for (std::string_view k : kOtherModifiedMetas) {
        if (m.key == k) weight = kMetaModifiedOtherWeight, modified = true;
      }
      if (weight == 0) weight = GenericDateMetaWeight(m.key, &modified);
      if (weight == 0) continue;
      if (m.itemprop) {
        // Microdata in the body may describe a related story: only outside excluded zones.
        if (zones_.InExcludedZone(m.node)) continue;
        if (!modified) weight = kMetaItempropWeight;
      }
      AddDate(m.value, "meta " + m.key, weight, modified);
    }
    // <time> elements outside the head: marked ones anywhere (not in excluded zones), the
    // first plain one inside the article.
    bool plain_seen = false;
    const NodeId head_end =
        head_.end == html::kNoNode ? static_cast<NodeId>(doc_.size()) : head_.end;
    for (NodeId t : scan_.times) {
      if (head_start_ != html::kNoNode && t >= head_start_ && t < head_end) continue;
      if (zones_.InExcludedZone(t)) continue;
      const std::string_view itemprop = doc_.Attr(t, "itemprop");
      const bool marked = IEquals(itemprop, "datePublished") || doc_.HasAttr(t, "pubdate");
      const bool modified = MarkedModified(doc_, t);
      if (!marked && !modified && (plain_seen || !Inside(doc_, t, container_))) continue;
      std::optional<Timestamp> ts = TimeElementDate(doc_, t);
      if (!ts) continue;
      DateCandidate c;
      c.timestamp = *ts;
      c.modified = modified;
      c.weight = modified ? 7 : marked ? 8 : kTimeInArticleWeight;
      c.source = modified ? "time updated" : marked ? "time itemprop" : "time";
      if (!marked && !modified) plain_seen = true;
      dates_.push_back(std::move(c));
    }
    for (DateCandidate& c : head_.dates) dates_.push_back(std::move(c));
    std::optional<CivilDate> url_date = DateFromUrl(out_.canonical_url);
    if (!url_date) url_date = DateFromUrl(page_url_);
    if (url_date) {
      DateCandidate c;
      c.timestamp.date = *url_date;
      c.source = "url";
      c.weight = url_date->has_day() ? kUrlDayWeight : kUrlMonthWeight;
      dates_.push_back(std::move(c));
    }
    DateChoice choice = ChooseDates(dates_, NowSeconds(options_));
    out_.published = choice.published;
    out_.published_source = std::move(choice.published_source);
    out_.modified = choice.modified;
    out_.modified_source = std::move(choice.modified_source);
  }

  void ChooseLanguage() {
    const std::pair<std::string_view, const char*> sources[] = {
        {scan_.html_lang, "html lang"},
        {Meta("content-language"), "content-language"},
        {Meta("language"), "meta language"},
        {Meta("dc.language"), "meta dc.language"},
        {Meta("og:locale"), "og:locale"},
        {main_ != nullptr ? std::string_view(main_->language) : std::string_view(),
         "json-ld inLanguage"}};
    for (const auto& [value, source] : sources) {
      std::string lang = NormalizeLanguage(value);
      if (!lang.empty()) {
        out_.language = std::move(lang);
        out_.language_source = source;
        return;
      }
    }
  }

  void ChooseSectionAndDescription() {
    out_.section = CleanMetaText(Meta("article:section"));
    if (out_.section.empty() && main_ != nullptr) out_.section = CleanMetaText(main_->section);
    if (out_.section.empty()) out_.section = CleanMetaText(Meta("parsely-section"));
    for (std::string_view key : {"og:description", "description", "twitter:description"}) {
      out_.description = CleanMetaText(Meta(key));
      if (!out_.description.empty()) return;
    }
    if (main_ != nullptr) out_.description = CleanMetaText(main_->description);
  }

  const html::Document& doc_;
  std::string_view page_url_;
  NodeId content_root_;
  const HtmlMetadataOptions& options_;
  ZoneCache zones_;

  PageScan scan_;
  JsonLdData ld_;
  const JsonLdArticle* main_ = nullptr;
  std::string base_;
  std::string host_;
  std::vector<std::string> site_names_;
  std::vector<std::string> site_sources_;
  SiteKeys site_keys_;
  std::vector<std::string> title_name_keys_;  // MetaNameKey of og:title and <title>, once
  std::string title_site_part_;
  std::vector<std::string_view> title_raw_;  // raw texts of the title candidates, in order
  NodeId container_ = html::kNoNode;
  NodeId h1_ = html::kNoNode;
  std::string h1_text_;
  NodeId head_start_ = html::kNoNode;
  ArticleHead head_;
  std::vector<DateCandidate> dates_;
  HtmlMetadata out_;
};

}  // namespace

HtmlMetadata ExtractHtmlMetadata(const html::Document& doc, std::string_view page_url,
                                 html::NodeId content_root) {
  return ExtractHtmlMetadata(doc, page_url, content_root, HtmlMetadataOptions{});
}

HtmlMetadata ExtractHtmlMetadata(const html::Document& doc, std::string_view page_url,
                                 html::NodeId content_root, const HtmlMetadataOptions& options) {
  if (doc.size() == 0) return {};
  if (content_root != html::kNoNode && content_root >= doc.size()) content_root = html::kNoNode;
  return MetadataBuilder(doc, page_url, content_root, options).Build();
}

}  // namespace corroborate
