// An Article from a decoded HTML page: parse, main content, metadata. The article text is the
// title line followed by one line per content block (the same shape as a cleaned scrape), so
// every later stage treats HTML and text inputs alike. Thread-safe.
#pragma once

#include "model/article.h"

namespace corroborate {

// doc.raw.format == "html". Fills every Article field but the final unique id (extract.cc
// settles ids across the batch); records in Article::sources where each field came from.
Article ExtractHtmlArticle(const DecodedDocument& doc);

}  // namespace corroborate
