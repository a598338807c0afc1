// Framing: a system term matches a gold term when it is in the same article and the gold key
// phrase occurs in the system's term (as whole words: "so-called" in "so-called peace talks") or
// in its evidence. Precision counts every system term. Detail: voice right (the outlet's own
// words against a quoted speaker's).
#include "eval/category_scores.h"
#include "eval/text_match.h"

namespace corroborate::eval {

CategoryScore ScoreFraming(const ScoreContext& ctx, std::vector<DetailScore>* details) {
  CategoryScore score{"framing"};
  const auto& gold = ctx.gold().framing;
  const auto& sys = ctx.account().framing;
  if (!ctx.gold().has_framing) {
    score.scored = false;
    score.note = "the gold file does not annotate framing";
    return score;
  }
  if (!ctx.account().has_framing) {
    score.scored = false;
    score.note = "the account has no framing";
    score.gold = gold.size();
    return score;
  }
  std::vector<std::string> texts, sys_labels;
  for (const SysFraming& f : sys) {
    std::string all = f.term;
    for (const SysEvidence& e : f.evidence) all += "\n" + e.text;
    texts.push_back(NormalizeForMatch(all));
    sys_labels.push_back(f.id + " " + f.article + ": " + f.term + " (" + f.category + ", " +
                         f.voice + ")");
  }
  std::vector<Candidate> candidates;
  std::vector<std::string> gold_labels;
  for (size_t g = 0; g < gold.size(); ++g) {
    const ArticleSet article = ctx.Articles({gold[g].article});
    gold_labels.push_back(gold[g].article + ": " + gold[g].term + " (" + gold[g].voice + ")");
    for (size_t s = 0; s < sys.size(); ++s) {
      if (article.count(sys[s].article) == 0 || !ContainsKey(texts[s], gold[g].term)) continue;
      candidates.push_back(
          {static_cast<int>(g), static_cast<int>(s), 1 + (sys[s].voice == gold[g].voice)});
    }
  }
  const std::vector<int> gold_to_sys = AssignOneToOne(candidates, gold.size(), sys.size());
  score.note = "all system framing terms";
  Tally(gold_to_sys, candidates, std::vector<bool>(sys.size(), true), gold_labels, sys_labels,
        &score);
  DetailScore voice{"framing", "voice right (outlet or quoted)"};
  for (size_t g = 0; g < gold.size(); ++g) {
    const int s = gold_to_sys[g];
    if (s < 0) continue;
    ++voice.total;
    if (sys[s].voice == gold[g].voice) {
      ++voice.hits;
    } else {
      voice.errors.push_back(gold_labels[g] + ": system says " + sys[s].voice);
    }
  }
  details->push_back(std::move(voice));
  return score;
}

}  // namespace corroborate::eval
