// One scorer per category of the account; each fills its CategoryScore and appends its detail
// scores. Used by ScoreAccount (account_score.cc).
#pragma once

#include <vector>

#include "eval/account_score.h"
#include "eval/matching.h"

namespace corroborate::eval {

CategoryScore ScoreEntities(const ScoreContext& ctx, std::vector<DetailScore>* details);
CategoryScore ScoreQuotes(const ScoreContext& ctx, std::vector<DetailScore>* details);
CategoryScore ScoreFacts(const ScoreContext& ctx, std::vector<DetailScore>* details);
CategoryScore ScoreConflicts(const ScoreContext& ctx, std::vector<DetailScore>* details);
CategoryScore ScorePositions(const ScoreContext& ctx, std::vector<DetailScore>* details);
CategoryScore ScoreTimeline(const ScoreContext& ctx, std::vector<DetailScore>* details);
CategoryScore ScoreFraming(const ScoreContext& ctx, std::vector<DetailScore>* details);

}  // namespace corroborate::eval
