// What the conflict finders (conflicts.h) share to write a conflict: a side's statement as the
// report words it, the outlets holding it named once each, and the aligned fact group of each
// claim (members of one group are about the same thing); and the union-find the finders group
// their pairs with. Pure functions (LinkedGroups: one object per thread).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "reconcile/conflicts.h"

namespace corroborate {

// The words of span in doc `doc`, whitespace collapsed: a side's statement.
std::string SpanText(const ConflictContext& ctx, uint32_t doc, TextSpan span);

// Names joined with ", ", each once, in first-seen order ("Reuters, AP").
std::string JoinUnique(std::vector<std::string> names);

// The index of each claim's group in ctx.groups; -1 for a claim in none, or every claim when
// the alignment is not known.
std::vector<int32_t> AlignedGroupOfClaims(const ConflictContext& ctx);

// Union-find over 0..n-1 in which a link keeps the second group's root. Conflicts come out in
// the order of these roots, so the finders keep this rule (core/disjoint_sets.h keeps the
// smallest root instead). Path halving: near O(1) amortised per call.
class LinkedGroups {
 public:
  explicit LinkedGroups(size_t n);
  size_t Find(size_t x) {
    while (parent_[x] != x) x = parent_[x] = parent_[parent_[x]];
    return x;
  }
  void Link(size_t a, size_t b) { parent_[Find(a)] = Find(b); }
  // The members of each group in index order, keyed by the group's root.
  std::map<size_t, std::vector<size_t>> Groups();

 private:
  std::vector<size_t> parent_;
};

// Links the pairs of one bucket's first max_members members that joins(a, b) accepts (a before
// b in the bucket): a bound that keeps the pairing linear however large a bucket grows.
template <class Joins>
void LinkPairs(const std::vector<size_t>& bucket, size_t max_members, Joins joins,
               LinkedGroups* groups) {
  const size_t limit = std::min(bucket.size(), max_members);
  for (size_t x = 0; x < limit; ++x) {
    for (size_t y = x + 1; y < limit; ++y) {
      if (joins(bucket[x], bucket[y])) groups->Link(bucket[x], bucket[y]);
    }
  }
}

}  // namespace corroborate
