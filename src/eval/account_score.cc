#include "eval/account_score.h"

#include "eval/category_scores.h"
#include "eval/matching.h"

namespace corroborate::eval {

Result<AccountScores> ScoreAccount(const Gold& gold, const SysAccount& account) {
  ScoreContext ctx(gold, account);
  Status s = ctx.ResolveArticles();
  if (!s.ok()) return s;
  AccountScores scores;
  scores.categories.push_back(ScoreEntities(ctx, &scores.details));
  scores.categories.push_back(ScoreQuotes(ctx, &scores.details));
  scores.categories.push_back(ScoreFacts(ctx, &scores.details));
  scores.categories.push_back(ScoreConflicts(ctx, &scores.details));
  scores.categories.push_back(ScorePositions(ctx, &scores.details));
  scores.categories.push_back(ScoreTimeline(ctx, &scores.details));
  scores.categories.push_back(ScoreFraming(ctx, &scores.details));
  return scores;
}

}  // namespace corroborate::eval
