// HTML page -> Article: parse once, find the main content, read the metadata (told where the
// content is, so a visible dateline is looked for near it), then fill the Article the way the
// text cleaner does, preferring what the container (JSONL) supplied over what the page says.
#include "extract/html/html_article.h"

#include "core/strings.h"
#include "extract/html/html_metadata.h"
#include "extract/html/main_content.h"
#include "extract/language.h"
#include "extract/metadata/dateline.h"
#include "extract/metadata/outlet.h"
#include "html/parser.h"

namespace corroborate {
namespace {

std::string JoinAuthors(const std::vector<std::string>& authors) {
  std::string out;
  for (size_t i = 0; i < authors.size(); ++i) {
    if (i > 0) out += i + 1 == authors.size() ? " and " : ", ";
    out += authors[i];
  }
  return out;
}

void ChooseTitle(const DecodedDocument& doc, const HtmlMetadata& meta, Article* a) {
  const std::string given = CollapseWhitespace(doc.raw.title);
  if (!given.empty()) {
    a->title = given;
    a->sources["title"] = "jsonl";
  } else if (!meta.title.empty()) {
    a->title = CollapseWhitespace(meta.title);
    a->sources["title"] = meta.title_source;
  }
}

void ChoosePublished(const DecodedDocument& doc, const HtmlMetadata& meta, Article* a) {
  if (!Trim(doc.raw.published).empty()) {
    // A container date without a year would need the batch to infer it; the page's own date
    // (usually complete) is the better source then.
    if (auto parsed = ParseDateline(doc.raw.published); parsed && parsed->has_year) {
      a->published = parsed->timestamp;
      a->sources["published"] = "jsonl";
      return;
    }
  }
  if (meta.published.valid()) {
    a->published = meta.published;
    a->sources["published"] = meta.published_source;
  }
}

void ChooseOutlet(const DecodedDocument& doc, const HtmlMetadata& meta, Article* a) {
  const std::string given = CollapseWhitespace(doc.raw.outlet);
  if (!given.empty()) {
    a->outlet = given;
    a->sources["outlet"] = "jsonl";
    return;
  }
  if (!meta.site_name.empty()) {
    a->outlet = CollapseWhitespace(meta.site_name);
    a->sources["outlet"] = meta.site_name_source;
    return;
  }
  for (const std::string_view url : {std::string_view(a->url), std::string_view(doc.raw.uri)}) {
    std::string site = SiteFromUrl(url);
    if (!site.empty()) {
      a->outlet = std::move(site);
      a->sources["outlet"] = "url";
      return;
    }
  }
  a->outlet = SplitUri(doc.raw.uri).stem;
  a->sources["outlet"] = "file name";
}

}  // namespace

HtmlPage ExtractHtmlPage(const DecodedDocument& doc) {
  HtmlPage page;
  Article& a = page.article;
  a.uri = doc.raw.uri;
  a.charset = doc.charset;
  const html::Document dom = html::Parse(doc.text);
  MainContent content = ExtractMainContent(dom);
  const std::string page_url(Trim(doc.raw.url));
  HtmlMetadata meta = ExtractHtmlMetadata(dom, page_url, content.root);

  if (!page_url.empty()) {
    a.url = page_url;
    a.sources["url"] = "jsonl";
  } else if (!meta.canonical_url.empty()) {
    a.url = meta.canonical_url;
    a.sources["url"] = "canonical";
  }
  ChooseTitle(doc, meta, &a);
  if (!meta.authors.empty()) {
    a.byline = JoinAuthors(meta.authors);
    a.sources["byline"] = meta.authors_source;
  }
  ChoosePublished(doc, meta, &a);
  ChooseOutlet(doc, meta, &a);

  // The title line, then one line per block: the shape of a cleaned scrape.
  if (!a.title.empty()) a.text = a.title;
  for (const ContentBlock& block : content.blocks) {
    if (!a.text.empty()) a.text += '\n';
    a.text += block.text;
  }
  a.language = DetectLanguage(a.text);
  a.sources["language"] = "cld2";
  if (a.language == "und" && !meta.language.empty()) {
    a.language = meta.language;
    a.sources["language"] = "html lang";
  }
  page.blocks = std::move(content.blocks);
  page.authors = meta.authors;
  return page;
}

Article ExtractHtmlArticle(const DecodedDocument& doc) { return ExtractHtmlPage(doc).article; }

}  // namespace corroborate
