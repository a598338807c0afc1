// Date conflicts (conflicts.h FindDateConflicts): members of one aligned fact that each carry
// exactly one day, dated differently by different outlets. Flagged only when two disagreeing
// members read alike and at least one of their dates is written out (not "yesterday").
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/strings.h"
#include "core/utf8.h"
#include "reconcile/conflict_building.h"
#include "reconcile/conflicts.h"

namespace corroborate {

std::vector<FoundConflict> FindDateConflicts(const ConflictContext& ctx,
                                             const std::vector<std::vector<uint32_t>>& groups) {
  const auto& claims = ctx.claims.claims;
  std::vector<FoundConflict> out;
  for (const auto& g : groups) {
    if (g.size() < 2) continue;
    // Members that carry exactly one day.
    struct Dated {
      uint32_t claim;
      CivilDate day;
      bool relative;
      TextSpan span;
    };
    std::vector<Dated> dated;
    for (uint32_t m : g) {
      std::set<CivilDate> days;
      const ClaimTime* t0 = nullptr;
      for (const auto& t : claims[m].times) {
        if (!t.date.has_day()) continue;
        days.insert(CivilDate::Day(t.date.year, t.date.month, t.date.day));
        t0 = &t;
      }
      if (days.size() == 1 && t0) dated.push_back({m, *days.begin(), t0->relative, t0->span});
    }
    std::map<CivilDate, std::vector<const Dated*>> by_day;
    for (const auto& d : dated) by_day[d.day].push_back(&d);
    if (by_day.size() < 2) continue;
    // Flag only when the disagreeing members read alike and at least one date is written out.
    bool conflict = false;
    for (size_t x = 0; x < dated.size() && !conflict; ++x) {
      for (size_t y = x + 1; y < dated.size() && !conflict; ++y) {
        const Dated& a = dated[x];
        const Dated& b = dated[y];
        if (a.day == b.day || claims[a.claim].doc == claims[b.claim].doc) continue;
        if (a.relative && b.relative) continue;
        if (PairScore(claims[a.claim], claims[b.claim]) >= 0.5f) conflict = true;
      }
    }
    if (!conflict) continue;
    FoundConflict f;
    f.conflict.kind = ConflictKind::kDate;
    std::vector<std::string> parts;
    std::string what;
    for (const auto& [day, list] : by_day) {
      ConflictSide side;
      std::vector<std::string> outlets;
      for (const Dated* d : list) {
        const Claim& c = claims[d->claim];
        if (side.statement.empty()) side.statement = SpanText(ctx, c.doc, c.span);
        if (what.empty()) what = side.statement;
        outlets.push_back(OutletName(ctx, c.doc));
        side.evidence.push_back(ctx.story.At(c.doc, c.span));
        f.claims.push_back(d->claim);
      }
      side.held_by = JoinUnique(outlets);
      parts.push_back(day.Iso() + " (" + side.held_by + ")");
      f.conflict.sides.push_back(std::move(side));
    }
    if (what.size() > 80) what = std::string(utf8::Truncate(what, 77)) + "...";
    f.conflict.summary = "Outlets date differently: " + Join(parts, " vs ") + " — " + what;
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace corroborate
