// Sparse average-linkage agglomeration, the refinement step of batch clustering: groups of
// articles (each with the sum of its members' unit vectors) merge best pair first while the
// mean cosine between their articles, sum_a . sum_b / (size_a x size_b), reaches the threshold
// and their publish days are compatible. Only pairs that share a heavy term are ever compared
// (an inverted index proposes them), and a merged group inherits both groups' candidates, so
// the cost is O(groups x candidates x log) rather than quadratic.
#pragma once

#include <cstdint>
#include <vector>

#include "story/compatibility.h"
#include "story/event_index.h"
#include "story/term_weights.h"

namespace corroborate {

struct LinkageGroup {
  TermVector sum;  // sum of the members' unit vectors, sorted by term
  uint32_t size = 0;
  int32_t first_day = kNoDay;
  int32_t last_day = kNoDay;
  std::vector<TermCount> places;  // counts of the members' main places, most first
};

struct LinkageOptions {
  float threshold = 0.18f;
  int window_days = 3;    // days between two groups' publish days with full similarity
  float decay_days = 90;  // beyond it similarity fades (TimeFactor in compatibility.h)
  int horizon_days = 90;  // and ends
  // Two groups also need a mean cosine of at least this share of their own cohesion (the
  // mean cosine inside each): tight events of one story stay apart even when similar.
  float relative = 0;
  float moved_penalty = 0.5f;  // the place-and-day rule (compatibility.h)
  // When either group has no publish day, the mean cosine must reach this instead (when
  // higher): without days, only a strong likeness links.
  float undated_threshold = 0;
  size_t places = 6;            // main places kept per group
  size_t max_sum_terms = 512;   // a merged sum keeps its heaviest terms
  EventIndexOptions retrieval;  // index_terms, query_terms, candidates for proposing pairs
};

// Returns, per input group, the number of the merged group it ended in (dense, from 0, in order
// of first appearance).
std::vector<uint32_t> AverageLinkage(std::vector<LinkageGroup> groups,
                                     const LinkageOptions& options);

}  // namespace corroborate
