// An Article from a decoded HTML page: parse, main content, metadata. The article text is the
// title line followed by one line per content block (the same shape as a cleaned scrape), so
// every later stage treats HTML and text inputs alike. Thread-safe.
#pragma once

#include <string>
#include <vector>

#include "extract/html/main_content.h"
#include "model/article.h"

namespace corroborate {

// The Article plus what callers that write the body on its own need (extract --batch).
struct HtmlPage {
  Article article;
  std::vector<ContentBlock> blocks;  // the body; empty when the page holds no article content
  std::vector<std::string> authors;  // the byline's names one by one
};

// doc.raw.format == "html". Fills every Article field but the final unique id (extract.cc
// settles ids across the batch); records in Article::sources where each field came from.
HtmlPage ExtractHtmlPage(const DecodedDocument& doc);
Article ExtractHtmlArticle(const DecodedDocument& doc);

}  // namespace corroborate
