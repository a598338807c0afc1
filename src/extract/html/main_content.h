// Main-content extraction from an HTML page: the article body as clean blocks (paragraphs,
// headings, list items, block quotes, preformatted text), without navigation, ads, share bars,
// comments, related-article lists, cookie banners, or captions that are not part of the story.
// Generic rules only (tag, structure, text and link density, class/id vocabulary, position):
// nothing keyed to one site. Pure function of the Document; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "html/dom.h"

namespace corroborate {

enum class BlockKind : uint8_t {
  kParagraph,
  kHeading,
  kListItem,
  kQuote,
  kPreformatted,
  kTableRow
};
const char* BlockKindName(BlockKind kind);  // "paragraph", "heading", …

struct ContentBlock {
  BlockKind kind = BlockKind::kParagraph;
  std::string text;  // whitespace collapsed, trimmed, UTF-8
  html::NodeId node = html::kNoNode;
};

struct MainContent {
  std::vector<ContentBlock> blocks;   // in document order
  html::NodeId root = html::kNoNode;  // the element chosen as the article container
};

MainContent ExtractMainContent(const html::Document& doc);

}  // namespace corroborate
