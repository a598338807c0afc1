// The last pass of main-content extraction, over the blocks of the chosen container: drops the
// blocks that are chrome on their own (link rows, "Read more: …", "Advertisement" labels, share
// and newsletter prompts by the text cleaner's vocabulary), the page header that sits inside
// many article containers (the headline again, the byline, the date line, before the first
// real paragraph), and headings left dangling at the end. O(blocks); thread-safe.
#pragma once

#include <vector>

#include "extract/html/content_blocks.h"
#include "extract/html/main_content.h"
#include "html/dom.h"

namespace corroborate {

// Moves the kept blocks to *out, in order; returns their text outside links in code points.
uint32_t FilterBlocks(const html::Document& doc, std::vector<TextBlock> blocks,
                      std::vector<ContentBlock>* out);

}  // namespace corroborate
