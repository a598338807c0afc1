// Table assembly for positions: every stance found in every sentence becomes one row per
// actor × issue group × stance, with evidence from each article. Issues group by key ("security
// guarantees" and a bare "guarantees" when that is the only longer wording); each group shows
// one wording. Headlines only corroborate rows the body opens. Rows are ordered by the number
// of articles stating them, then by first appearance.
#pragma once

#include <vector>

#include "model/account.h"
#include "reconcile/entities.h"
#include "reconcile/positions_sentence.h"

namespace corroborate::positions {

// One stance found in one sentence, with the sentence as evidence.
struct Occurrence {
  Found found;
  Evidence evidence;
};

std::vector<Position> AssembleRows(std::vector<Occurrence> all, const ResolvedEntities& entities);

}  // namespace corroborate::positions
