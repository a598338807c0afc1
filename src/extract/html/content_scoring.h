// Choosing the article container. Every prose paragraph outside chrome zones votes for its
// ancestors (full weight for the nearest, less for each level up), in the manner of
// Readability; each candidate's total is adjusted by its tag and class/id vocabulary and scaled
// by how much of its text is not links. The best candidate is then widened when several strong
// candidates share an ancestor or the score keeps rising above it, and siblings that look like
// more of the same article (the body split around an ad slot) are merged in.
// O(nodes); thread-safe.
#pragma once

#include <utility>
#include <vector>

#include "extract/html/content_page.h"
#include "html/dom.h"

namespace corroborate {

struct ContainerChoice {
  html::NodeId top = html::kNoNode;  // the best candidate
  std::vector<html::NodeId> parts;   // top and the merged siblings, in document order
  double score = 0;
  // The best candidates before widening, best first (for tests and diagnostics).
  std::vector<std::pair<html::NodeId, double>> ranked;
};

ContainerChoice ChooseContainer(const html::Document& doc, const PageFacts& facts);

}  // namespace corroborate
