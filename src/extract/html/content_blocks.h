// Turns a subtree into text blocks the way a reader sees them: each block-level element (or a
// <br>) ends a line, inline markup joins its text, white space collapses, and every block knows
// its kind (heading, list item, quote, preformatted, table row, paragraph) and how much of it
// is link text. Subtrees the caller prunes are skipped whole. Iterative; O(subtree).
#pragma once

#include <functional>
#include <vector>

#include "extract/html/content_page.h"
#include "extract/html/main_content.h"
#include "html/dom.h"

namespace corroborate {

struct TextBlock {
  ContentBlock block;
  uint32_t chars = 0;                  // non-space code points
  uint32_t link_chars = 0;             // of which inside links
  html::NodeId owner = html::kNoNode;  // the block-level element the text belongs to
};

// Appends the blocks of root's subtree (root included) to *out in document order, skipping
// invisible subtrees and those for which prune(id) is true.
void CollectBlocks(const html::Document& doc, const PageFacts& facts, html::NodeId root,
                   const std::function<bool(html::NodeId)>& prune, std::vector<TextBlock>* out);

// Appends UTF-8 text to *out with white space collapsed (ASCII white space, no-break and other
// Unicode spaces become one ' '; zero-width spaces and BOMs disappear). *pending_space carries
// a space across calls so that "a <b>b</b>" joins as "a b".
void AppendCollapsed(std::string_view text, std::string* out, bool* pending_space);

}  // namespace corroborate
