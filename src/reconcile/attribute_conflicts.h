// Attribute conflicts: outlets that give the same person roles that cannot both hold.
// Roles come from ResolvedEntities::roles (titles and appositions, per article) and are
// compared slot by slot (roles.h ParseRole), so that mere wording ("Secretary of State" /
// "top diplomat", "spokesman" / "spokesperson", "US" / "U.S." / "American") never conflicts
// while a differing modifier of the same slot does:
// - the principal served: "the Biden administration's top diplomat" vs "the Trump
//   administration's"; also when the other outlets name only the administration itself ("the
//   Trump administration had high hopes") and none names the first one;
// - the country or organisation of one office ("US envoy" vs "Russian envoy");
// - the rank of one office ("Deputy Secretary of State" vs "Secretary of State");
// - two offices one person cannot hold at once ("Prime Minister" vs "President").
// Roles marked "former", "acting", "then-"… are never compared. One conflict per person and
// slot, one side per outlet (held_by = the outlet, evidence = its role spans). Cost: linear in
// the role mentions, quadratic only within one person's roles (capped). Pure; thread-safe.
#pragma once

#include <vector>

#include "reconcile/conflicts.h"

namespace corroborate {

std::vector<FoundConflict> FindAttributeConflicts(const ConflictContext& ctx);

}  // namespace corroborate
