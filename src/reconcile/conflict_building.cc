// Shared conflict-writing helpers (conflict_building.h).
#include "reconcile/conflict_building.h"

#include <algorithm>
#include <numeric>
#include <utility>

#include "core/strings.h"

namespace corroborate {

std::string SpanText(const ConflictContext& ctx, uint32_t doc, TextSpan span) {
  return CollapseWhitespace(span.Of(ctx.story.docs[doc]->text()));
}

std::string JoinUnique(std::vector<std::string> names) {
  std::vector<std::string> out;
  for (auto& n : names) {
    if (std::find(out.begin(), out.end(), n) == out.end()) out.push_back(std::move(n));
  }
  return Join(out, ", ");
}

std::vector<int32_t> AlignedGroupOfClaims(const ConflictContext& ctx) {
  std::vector<int32_t> group_of(ctx.claims.claims.size(), -1);
  if (ctx.groups != nullptr) {
    for (size_t g = 0; g < ctx.groups->size(); ++g) {
      for (uint32_t c : (*ctx.groups)[g]) {
        if (c < group_of.size()) group_of[c] = static_cast<int32_t>(g);
      }
    }
  }
  return group_of;
}

LinkedGroups::LinkedGroups(size_t n) : parent_(n) { std::iota(parent_.begin(), parent_.end(), 0); }

std::map<size_t, std::vector<size_t>> LinkedGroups::Groups() {
  std::map<size_t, std::vector<size_t>> groups;
  for (size_t i = 0; i < parent_.size(); ++i) groups[Find(i)].push_back(i);
  return groups;
}

}  // namespace corroborate
