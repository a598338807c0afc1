// Conflicts: a system conflict matches a gold conflict when the key phrases of every gold side
// occur in its summary or sides (statements, holders, evidence). Detail: kind, articles found.
#include "eval/category_scores.h"
#include "eval/text_match.h"

namespace corroborate::eval {

CategoryScore ScoreConflicts(const ScoreContext& ctx, std::vector<DetailScore>* details) {
  const auto& gold = ctx.gold().conflicts;
  const auto& sys = ctx.account().conflicts;
  std::vector<std::string> texts, sys_labels;
  std::vector<ArticleSet> sys_articles;
  for (const SysConflict& c : sys) {
    std::string all = c.summary;
    ArticleSet articles;
    for (const SysSide& side : c.sides) {
      all += "\n" + side.statement + "\n" + side.held_by;
      for (const SysEvidence& e : side.evidence) {
        all += "\n" + e.text;
        articles.insert(e.article);
      }
    }
    texts.push_back(NormalizeForMatch(all));
    sys_articles.push_back(std::move(articles));
    sys_labels.push_back(c.id + " (" + c.kind + ") " + Clip(c.summary));
  }
  std::vector<Candidate> candidates;
  std::vector<ArticleSet> gold_articles;
  std::vector<std::string> gold_labels;
  for (size_t g = 0; g < gold.size(); ++g) {
    gold_articles.push_back(ctx.Articles(gold[g].articles));
    std::string label = gold[g].kind + ":";
    for (size_t i = 0; i < gold[g].sides.size(); ++i) {
      label += (i ? " vs " : " ") + gold[g].sides[i].front();
    }
    gold_labels.push_back(label);
    for (size_t s = 0; s < sys.size(); ++s) {
      bool all_sides = true;
      for (const auto& keys : gold[g].sides)
        all_sides = all_sides && ContainsAllKeys(texts[s], keys);
      if (!all_sides) continue;
      const int overlap = static_cast<int>(Overlap(gold_articles[g], sys_articles[s]));
      candidates.push_back({static_cast<int>(g), static_cast<int>(s), 1 + overlap});
    }
  }
  const std::vector<int> gold_to_sys = AssignOneToOne(candidates, gold.size(), sys.size());
  CategoryScore score{"conflicts"};
  score.note = "all system conflicts";
  Tally(gold_to_sys, candidates, std::vector<bool>(sys.size(), true), gold_labels, sys_labels,
        &score);

  DetailScore kind{"conflicts", "kind right"}, articles{"conflicts", "gold articles found"};
  for (size_t g = 0; g < gold.size(); ++g) {
    const int s = gold_to_sys[g];
    articles.total += gold_articles[g].size();
    if (s < 0) continue;
    ++kind.total;
    if (sys[s].kind == gold[g].kind) {
      ++kind.hits;
    } else {
      kind.errors.push_back(gold_labels[g] + ": system says " + sys[s].kind);
    }
    const size_t overlap = Overlap(gold_articles[g], sys_articles[s]);
    articles.hits += overlap;
    if (overlap < gold_articles[g].size()) {
      articles.errors.push_back(gold_labels[g] + ": " + std::to_string(overlap) + " of " +
                                std::to_string(gold_articles[g].size()) + " articles");
    }
  }
  details->push_back(std::move(kind));
  details->push_back(std::move(articles));
  return score;
}

// Positions: a system position matches a gold one when its actor is a gold actor and the gold
// issue key occurs in its issue or evidence. Detail: stance.
CategoryScore ScorePositions(const ScoreContext& ctx, std::vector<DetailScore>* details) {
  CategoryScore score{"positions"};
  const auto& gold = ctx.gold().positions;
  const auto& sys = ctx.account().positions;
  if (!ctx.gold().has_positions) {
    score.scored = false;
    score.note = "the gold file does not annotate positions";
    return score;
  }
  if (!ctx.account().has_positions) {
    score.scored = false;
    score.note = "the account has no positions";
    score.gold = gold.size();
    return score;
  }
  std::vector<std::string> texts, sys_labels;
  for (const SysPosition& p : sys) {
    std::string all = p.issue;
    for (const SysEvidence& e : p.evidence) all += "\n" + e.text;
    texts.push_back(NormalizeForMatch(all));
    const std::string actor = p.actor >= 0 ? ctx.account().entities[p.actor].name : p.actor_name;
    sys_labels.push_back(p.id + " " + actor + " " + p.stance + " " + Clip(p.issue, 60));
  }
  std::vector<Candidate> candidates;
  std::vector<std::string> gold_labels;
  for (size_t g = 0; g < gold.size(); ++g) {
    gold_labels.push_back(gold[g].actor + " " + gold[g].stance + " " + gold[g].issue);
    const std::vector<int> actors = ctx.gold().FindEntities(gold[g].actor);
    for (size_t s = 0; s < sys.size(); ++s) {
      bool actor = false;
      for (int a : actors) actor = actor || ctx.Attributed(sys[s].actor, sys[s].actor_name, a);
      if (!actor) continue;
      if (!ContainsKey(texts[s], gold[g].issue)) continue;
      candidates.push_back(
          {static_cast<int>(g), static_cast<int>(s), 1 + (sys[s].stance == gold[g].stance)});
    }
  }
  const std::vector<int> gold_to_sys = AssignOneToOne(candidates, gold.size(), sys.size());
  score.note = "all system positions";
  Tally(gold_to_sys, candidates, std::vector<bool>(sys.size(), true), gold_labels, sys_labels,
        &score);
  DetailScore stance{"positions", "stance right"};
  for (size_t g = 0; g < gold.size(); ++g) {
    const int s = gold_to_sys[g];
    if (s < 0) continue;
    ++stance.total;
    if (sys[s].stance == gold[g].stance) {
      ++stance.hits;
    } else {
      stance.errors.push_back(gold_labels[g] + ": system says " + sys[s].stance);
    }
  }
  details->push_back(std::move(stance));
  return score;
}

}  // namespace corroborate::eval
