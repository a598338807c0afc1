// The facts main-content extraction reads about every node of a page, computed in a few linear
// passes over the Document's node array (pre-order, so parents come before children; sums run
// in reverse order): what is invisible, how much text and link text each subtree holds, which
// element each run of text belongs to (its nearest block-level ancestor), how much of a
// subtree is prose, and what the element's class and id say (content_vocabulary.h).
// Never recurses; O(nodes + text bytes). Thread-safe (no shared state).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "html/dom.h"

namespace corroborate {

enum NodeFlag : uint8_t {
  kNodeInvisible = 1 << 0,  // script/style/svg/form controls, hidden attributes: no text counted
  kNodeInLink = 1 << 1,     // inside <a href>
  kNodeParagraph = 1 << 2,  // a block whose own text reads like prose (see IsProse)
  kNodeChrome = 1 << 3,     // named as chrome (vocabulary) or a chrome tag (nav, aside, footer…)
  kNodeInChrome = 1 << 4,   // this node or an ancestor is kNodeChrome and not a page wrapper
};

struct NodeFacts {
  uint32_t text = 0;           // visible non-space code points in the subtree
  uint32_t link_text = 0;      // of those, inside links
  uint32_t own_text = 0;       // text whose nearest block-level ancestor is this element
  uint32_t own_link_text = 0;  // of that, inside links
  uint32_t prose = 0;          // own text outside links of kNodeParagraph blocks in the subtree
  uint16_t own_commas = 0;     // commas in own text (a cheap sign of sentences)
  uint16_t paragraphs = 0;     // kNodeParagraph blocks in the subtree
  uint16_t names = 0;          // ClassifyNames() of class and id (elements only)
  uint8_t flags = 0;
  html::NodeId block = html::kNoNode;  // nearest block-level ancestor-or-self (text: of parent)
};

// Text counts of a run of UTF-8: non-space code points and commas (',' '，' '、' '،').
struct TextCount {
  uint32_t chars = 0;
  uint32_t commas = 0;
};
TextCount CountText(std::string_view text);

// Elements that start a new line of text: html::IsBlock plus list, definition and caption parts.
bool StartsBlock(html::Tag tag);

class PageFacts {
 public:
  explicit PageFacts(const html::Document& doc);

  const NodeFacts& operator[](html::NodeId id) const { return facts_[id]; }
  uint32_t body_prose() const { return body_prose_; }

  double LinkDensity(html::NodeId id) const {
    const NodeFacts& f = facts_[id];
    return f.text == 0 ? 0.0 : static_cast<double>(f.link_text) / f.text;
  }

 private:
  void MarkVisibilityAndBlocks(const html::Document& doc);
  void SumSubtrees(const html::Document& doc);
  void MarkChromeZones(const html::Document& doc);

  std::vector<NodeFacts> facts_;
  uint32_t body_prose_ = 0;
};

}  // namespace corroborate
