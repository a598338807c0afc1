// Metadata of an HTML news page, each field with where it came from. Sources, by trust:
// JSON-LD (NewsArticle/Article/BlogPosting…, also inside @graph), OpenGraph/article:* and other
// <meta> tags, microdata (itemprop), <time datetime>, the canonical URL, URL date patterns
// (/2025/12/03/), and a visible dateline near the top of the article. Never a date from a
// script, a comment section or a related-article list. Precedence and its reasons are in
// docs/html-metadata.md. Pure function of its inputs; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "html/dom.h"
#include "model/date.h"

namespace corroborate {

struct HtmlMetadata {
  std::string title;                 // site suffix (" | The Outlet", " - Outlet") removed
  std::string title_source;          // "json-ld", "og:title", "twitter:title", "h1", "title"
  std::vector<std::string> authors;  // people only, in byline order
  std::string authors_source;        // "json-ld", "meta author", "itemprop author", "rel=author",
                                     // "byline", "byline element"
  Timestamp published;
  std::string published_source;  // "json-ld datePublished", "meta article:published_time",
                                 // "time", "url", "dateline", …
  Timestamp modified;
  std::string modified_source;
  std::string site_name;  // the outlet: og:site_name, JSON-LD publisher, application-name, …
  std::string site_name_source;
  std::string canonical_url;         // <link rel=canonical>, og:url, JSON-LD url, else page_url
  std::string canonical_url_source;  // "link canonical", "og:url", "json-ld url", "page url"
  std::string language;              // <html lang>, content-language, og:locale; ISO 639-1 or ""
  std::string language_source;
  std::string section;      // article:section, JSON-LD articleSection
  std::string description;  // og:description / meta description
};

struct HtmlMetadataOptions {
  // The moment the page was fetched: no date after it is believed. 0: the system clock.
  int64_t now_unix_seconds = 0;
};

// page_url: where the page was fetched from (WARC-Target-URI, JSONL url), may be empty; relative
// links are resolved against it (or the page's <base href>).
// content_root: the main-content container when known (a visible byline and dateline are looked
// for from the headline above it or from its start), else html::kNoNode.
HtmlMetadata ExtractHtmlMetadata(const html::Document& doc, std::string_view page_url,
                                 html::NodeId content_root = html::kNoNode);
HtmlMetadata ExtractHtmlMetadata(const html::Document& doc, std::string_view page_url,
                                 html::NodeId content_root, const HtmlMetadataOptions& options);

}  // namespace corroborate
