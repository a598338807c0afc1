// Metadata of an HTML news page, each field with where it came from. Sources, by trust:
// JSON-LD (NewsArticle/Article/BlogPosting…, also inside @graph), OpenGraph/article:* and other
// <meta> tags, microdata (itemprop), <time datetime>, the canonical URL, URL date patterns
// (/2025/12/03/), and a visible dateline near the top of the article. Never a date from a
// script, a comment section or a related-article list. Pure function; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "html/dom.h"
#include "model/date.h"

namespace corroborate {

struct HtmlMetadata {
  std::string title;  // site suffix (" | The Outlet", " - Outlet") removed
  std::string title_source;  // "json-ld", "og:title", "twitter:title", "h1", "title"
  std::vector<std::string> authors;
  std::string authors_source;
  Timestamp published;
  std::string published_source;  // "json-ld datePublished", "meta article:published_time",
                                 // "time", "url", "dateline", …
  Timestamp modified;
  std::string modified_source;
  std::string site_name;  // the outlet: og:site_name, JSON-LD publisher, application-name, …
  std::string site_name_source;
  std::string canonical_url;  // <link rel=canonical>, og:url, JSON-LD url, else page_url
  std::string language;       // <html lang>, content-language, og:locale; ISO 639-1 or ""
  std::string section;        // article:section, JSON-LD articleSection
  std::string description;    // og:description / meta description
};

// page_url: where the page was fetched from (WARC-Target-URI, JSONL url), may be empty.
// content_root: the main-content container when known (a visible dateline is looked for near
// its start), else html::kNoNode.
HtmlMetadata ExtractHtmlMetadata(const html::Document& doc, std::string_view page_url,
                                 html::NodeId content_root = html::kNoNode);

}  // namespace corroborate
