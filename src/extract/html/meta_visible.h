// What a reader sees at the top of an article: the byline ("By Marta Quill and Idris Bell"),
// datelines ("Published December 2, 2025 at 3:04 p.m. EST · Updated 5:10 p.m."), <time>
// elements, microdata (itemprop=author / datePublished) and clearly labelled Unix timestamps
// in data attributes (data-timestamp, data-publish-time). Read from the headline (or the content
// start) onward for a bounded number of text lines, skipping comment sections, related lists,
// navigation and the like (meta_zones.h). A line that says "Updated"/"Modified" gives a
// modified date, never a publish date. O(region size); thread-safe.
#pragma once

#include <string>
#include <vector>

#include "extract/html/date_select.h"
#include "extract/html/title_clean.h"
#include "html/dom.h"

namespace corroborate {

struct ArticleHead {
  std::vector<std::string> byline_names;  // from a "By …" line, else an author/byline element
  std::string byline_source;              // "byline", "byline element", "itemprop author"
  std::vector<DateCandidate> dates;       // weights per source (see meta_visible.cc)
  html::NodeId end = html::kNoNode;       // the first node after the region read
};

// start: where the article's head begins (its <h1>, else the content root or <article>);
// scope: a node containing start that bounds the walk (kRoot for the whole document).
// site: the site's names and host, which are never authors.
ArticleHead ScanArticleHead(const html::Document& doc, html::NodeId start, html::NodeId scope,
                            const SiteKeys& site);

// A date from a <time> element: its datetime attribute, else its text. Exposed for the <time>
// elements outside the head region.
std::optional<Timestamp> TimeElementDate(const html::Document& doc, html::NodeId time);

// Whether a <time> (or other element) is marked as a modification date by its attributes
// (itemprop=dateModified, class "updated"/"modified").
bool MarkedModified(const html::Document& doc, html::NodeId id);

}  // namespace corroborate
