// Parts of a page whose dates and names belong to something other than the article: comment
// sections, related / recommended / most-read lists, sidebars and rails, navigation, footers,
// tickers, newsletter boxes. Metadata never takes a <time>, a byline or a microdata value from
// inside one. Judged by tag (nav, aside, footer) and by whole words of class and id
// ("comment-list", "relatedStories", "most-read"), never substrings ("commentary" is no
// comment section). O(depth × attribute length) per query; thread-safe.
#pragma once

#include <cstdint>
#include <vector>

#include "html/dom.h"

namespace corroborate {

// The element itself is such a part.
bool IsExcludedElement(const html::Document& doc, html::NodeId id);

// The node or one of its ancestors is such a part.
bool InExcludedZone(const html::Document& doc, html::NodeId id);

// InExcludedZone with the answers remembered per node, for pages that ask about many nodes
// under the same ancestors (a list of fifty <time> elements). One byte per node, allocated on
// the first question.
class ZoneCache {
 public:
  explicit ZoneCache(const html::Document& doc) : doc_(doc) {}
  bool InExcludedZone(html::NodeId id);

 private:
  const html::Document& doc_;
  std::vector<int8_t> state_;  // -1 unknown, 0 no, 1 yes
};

}  // namespace corroborate
