// Syndication within one batch of articles (a story, up to thousands of articles): which
// article copies which. Candidates come from NearDuplicateIndex (sketches and a capped inverted
// index, so the cost stays near-linear); each candidate pair is then verified exactly on the
// full shingle sets, which a batch can afford. A copy points to the earliest article it copies:
// by publish time when both are dated, else by input order.
#pragma once

#include <cstdint>
#include <vector>

#include "model/article.h"
#include "story/near_duplicates.h"

namespace corroborate {

struct CopyLink {
  int64_t from = -1;    // index (into the input) of the article copied, -1 for an original
  double fraction = 0;  // share of this article's shingles found in `from`
  DuplicateKind kind = DuplicateKind::kNone;
};

// articles[i] may be null (then it is an original). Following `from` always ends at an
// original (no cycles).
std::vector<CopyLink> FindCopies(const std::vector<const Article*>& articles,
                                 const NearDupOptions& options = {});

// -1 when a was published before b, +1 after, 0 when unknown or the same.
int ComparePublished(const Timestamp& a, const Timestamp& b);

}  // namespace corroborate
