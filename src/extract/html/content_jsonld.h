// The fallback for pages whose markup holds no article text (rendered by script) but whose
// schema.org JSON-LD carries it: the longest "articleBody" of the page's ld+json blocks, as
// blocks (plain text split at line breaks; HTML markup parsed and walked like a page).
// Only called when the DOM gave nothing, so its cost does not matter. Thread-safe.
#pragma once

#include <vector>

#include "extract/html/main_content.h"
#include "html/dom.h"

namespace corroborate {

// Empty when no JSON-LD block has an articleBody of at least min_chars code points.
std::vector<ContentBlock> JsonLdArticleBody(const html::Document& doc, size_t min_chars);

}  // namespace corroborate
