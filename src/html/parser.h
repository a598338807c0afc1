// The HTML parser: tokenizer (html/tokenizer.h) plus tree builder, UTF-8 in, Document out.
// Linear time and memory in the input; never recurses over the input's nesting; never fails.
// The choice of an own parser over gumbo and libxml2 is measured in docs/html-parser.md.
#pragma once

#include <cstddef>
#include <string_view>

#include "html/dom.h"

namespace corroborate::html {

struct ParseOptions {
  // Elements nested deeper than this are flattened (become siblings at this depth), so a
  // 10,000-deep page costs no more than a flat one and nothing downstream recurses deeply.
  size_t max_depth = 256;
  // Skip building nodes for comments (extraction never reads them; saves time and memory).
  bool keep_comments = false;
};

// Parses UTF-8 HTML (a page, or a fragment: it is wrapped in html/head/body as browsers do).
Document Parse(std::string_view html, const ParseOptions& options = {});

}  // namespace corroborate::html
