// Facts: a system fact matches a gold fact when every gold key phrase occurs in its statement or
// its evidence texts. Precision counts only system facts with 2+ articles or contested: any
// sentence of one article can be a single-source fact, and a gold file cannot list them all.
// Details: independent-source count, status, supporting articles found.
#include "eval/category_scores.h"
#include "eval/text_match.h"

namespace corroborate::eval {

CategoryScore ScoreFacts(const ScoreContext& ctx, std::vector<DetailScore>* details) {
  const auto& gold = ctx.gold().facts;
  const auto& sys = ctx.account().facts;
  std::vector<std::string> texts, sys_labels;
  std::vector<ArticleSet> sys_articles;
  std::vector<bool> in_pool;
  for (const SysFact& f : sys) {
    std::string all = f.statement;
    for (const SysEvidence& e : f.evidence) all += "\n" + e.text;
    texts.push_back(NormalizeForMatch(all));
    sys_articles.push_back(EvidenceArticles(f.evidence));
    in_pool.push_back(sys_articles.back().size() >= 2 || f.status == "contested");
    sys_labels.push_back(f.id + " (" + f.status + ", " + std::to_string(f.independent_sources) +
                         " src, " + std::to_string(sys_articles.back().size()) + " art) " +
                         Clip(f.statement));
  }
  std::vector<Candidate> candidates;
  std::vector<ArticleSet> gold_articles;
  std::vector<std::string> gold_labels;
  for (size_t g = 0; g < gold.size(); ++g) {
    gold_articles.push_back(ctx.Articles(gold[g].articles));
    gold_labels.push_back(gold[g].description);
    for (size_t s = 0; s < sys.size(); ++s) {
      if (!ContainsAllKeys(texts[s], gold[g].keys)) continue;
      const int overlap = static_cast<int>(Overlap(gold_articles[g], sys_articles[s]));
      candidates.push_back({static_cast<int>(g), static_cast<int>(s), 1 + overlap});
    }
  }
  const std::vector<int> gold_to_sys = AssignOneToOne(candidates, gold.size(), sys.size());
  CategoryScore score{"facts"};
  score.note = "system facts with 2+ articles or contested";
  Tally(gold_to_sys, candidates, in_pool, gold_labels, sys_labels, &score);

  DetailScore sources{"facts", "independent-source count right"}, status{"facts", "status right"},
      support{"facts", "gold supporting articles found"};
  DetailScore extra{"facts", "system articles the gold does not list"};
  extra.lower_is_better = true;
  for (size_t g = 0; g < gold.size(); ++g) {
    const int s = gold_to_sys[g];
    support.total += gold_articles[g].size();
    if (s < 0) continue;
    ++sources.total;
    if (sys[s].independent_sources == gold[g].independent_sources) {
      ++sources.hits;
    } else {
      sources.errors.push_back(gold[g].description + ": " +
                               std::to_string(sys[s].independent_sources) + ", gold " +
                               std::to_string(gold[g].independent_sources));
    }
    ++status.total;
    if (sys[s].status == gold[g].status) {
      ++status.hits;
    } else {
      status.errors.push_back(gold[g].description + ": " + sys[s].status + ", gold " +
                              gold[g].status);
    }
    TallyArticles(gold_labels[g], gold_articles[g], sys_articles[s], &support, &extra);
  }
  details->push_back(std::move(sources));
  details->push_back(std::move(status));
  details->push_back(std::move(support));
  details->push_back(std::move(extra));
  return score;
}

}  // namespace corroborate::eval
