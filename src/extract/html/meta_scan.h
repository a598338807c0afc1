// One pass over a parsed page collecting what metadata extraction reads: <html lang>, <title>,
// <base href>, every <meta> (keyed by name, property, itemprop and http-equiv, lower-cased),
// <link rel> targets, JSON-LD scripts, <h1>, <time>, <a rel=author> and <article> elements.
// Looks at element tags first and at attributes only for the few tags that matter, so the pass
// costs little next to parsing. Views point into the Document. Thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "html/dom.h"

namespace corroborate {

struct MetaTag {
  std::string key;  // lower-case: "og:title", "article:published_time", "author", "datepublished"
  std::string_view value;  // the content attribute, trimmed
  html::NodeId node = html::kNoNode;
  bool itemprop = false;  // keyed by itemprop (microdata): only trusted outside excluded zones
};

struct LinkRel {
  std::string rel;  // one lower-case token of the rel attribute: "canonical", "author"
  std::string_view href;
  html::NodeId node = html::kNoNode;
};

struct PageScan {
  std::string_view html_lang;
  std::string_view title;  // the first <title> outside <svg>, as written
  std::string_view base_href;
  std::vector<MetaTag> metas;
  std::vector<LinkRel> links;            // <link> and <a> elements with a rel attribute
  std::vector<std::string_view> jsonld;  // texts of application/ld+json scripts
  std::vector<html::NodeId> h1s;
  std::vector<html::NodeId> times;
  std::vector<html::NodeId> articles;  // <article> elements, outermost first in document order
  html::NodeId main = html::kNoNode;   // the first <main>

  // The first non-empty value of a meta key (lower-case), "" when absent. Microdata values
  // are skipped unless include_itemprop.
  std::string_view Meta(std::string_view key, bool include_itemprop = false) const;
};

PageScan ScanPage(const html::Document& doc);

}  // namespace corroborate
