// Quotes: a system quote matches a gold quote when the gold key phrase occurs in its text or in
// one of its evidence texts. Details: speaker, direct or reported, articles aligned.
#include "eval/category_scores.h"
#include "eval/text_match.h"

namespace corroborate::eval {
namespace {

bool IsAnonymous(const GoldQuote& q) { return q.speaker.rfind("anonymous", 0) == 0; }

// An anonymous gold speaker is matched by an unresolved speaker that names no gold person.
bool SpeakerRight(const ScoreContext& ctx, const GoldQuote& gold, const SysQuote& sys) {
  if (!IsAnonymous(gold)) {
    return ctx.Attributed(sys.speaker, sys.speaker_name, ctx.gold().FindEntity(gold.speaker));
  }
  if (sys.speaker >= 0 || sys.speaker_name.empty()) return false;
  const auto& entities = ctx.gold().entities;
  for (size_t g = 0; g < entities.size(); ++g) {
    if (entities[g].type == "person" && ctx.NameMentions(sys.speaker_name, static_cast<int>(g))) {
      return false;
    }
  }
  return true;
}

std::string SpeakerLabel(const ScoreContext& ctx, const SysQuote& q) {
  if (q.speaker >= 0) return ctx.account().entities[q.speaker].name;
  return q.speaker_name.empty() ? "(no speaker)" : q.speaker_name;
}

}  // namespace

CategoryScore ScoreQuotes(const ScoreContext& ctx, std::vector<DetailScore>* details) {
  const auto& gold = ctx.gold().quotes;
  const auto& sys = ctx.account().quotes;
  std::vector<std::string> texts;
  std::vector<ArticleSet> sys_articles;
  std::vector<std::string> sys_labels;
  for (const SysQuote& q : sys) {
    std::string all = q.text;
    for (const SysEvidence& e : q.evidence) all += "\n" + e.text;
    texts.push_back(NormalizeForMatch(all));
    sys_articles.push_back(EvidenceArticles(q.evidence));
    sys_labels.push_back(q.id + " [" + SpeakerLabel(ctx, q) + "] " + Clip(q.text));
  }
  std::vector<Candidate> candidates;
  std::vector<ArticleSet> gold_articles;
  std::vector<std::string> gold_labels;
  for (size_t g = 0; g < gold.size(); ++g) {
    gold_articles.push_back(ctx.Articles(gold[g].articles));
    gold_labels.push_back("[" + gold[g].speaker + "] " + gold[g].key);
    for (size_t s = 0; s < sys.size(); ++s) {
      if (!ContainsKey(texts[s], gold[g].key)) continue;
      const int overlap = static_cast<int>(Overlap(gold_articles[g], sys_articles[s]));
      candidates.push_back({static_cast<int>(g), static_cast<int>(s), 1 + overlap});
    }
  }
  const std::vector<int> gold_to_sys = AssignOneToOne(candidates, gold.size(), sys.size());
  CategoryScore score{"quotes"};
  score.note = "all system quotes";
  Tally(gold_to_sys, candidates, std::vector<bool>(sys.size(), true), gold_labels, sys_labels,
        &score);

  DetailScore speaker{"quotes", "speaker right"}, direct{"quotes", "direct/reported right"},
      aligned{"quotes", "gold articles carrying the quote found"};
  DetailScore extra{"quotes", "system articles the gold does not list"};
  extra.lower_is_better = true;
  for (size_t g = 0; g < gold.size(); ++g) {
    const int s = gold_to_sys[g];
    aligned.total += gold_articles[g].size();
    if (s < 0) continue;
    ++speaker.total;
    if (SpeakerRight(ctx, gold[g], sys[s])) {
      ++speaker.hits;
    } else {
      speaker.errors.push_back(gold_labels[g] + ": system says " + SpeakerLabel(ctx, sys[s]));
    }
    ++direct.total;
    if (sys[s].direct == gold[g].direct) {
      ++direct.hits;
    } else {
      direct.errors.push_back(gold_labels[g] + ": system says " +
                              (sys[s].direct ? "direct" : "reported"));
    }
    TallyArticles(gold_labels[g], gold_articles[g], sys_articles[s], &aligned, &extra);
  }
  details->push_back(std::move(speaker));
  details->push_back(std::move(direct));
  details->push_back(std::move(aligned));
  details->push_back(std::move(extra));
  return score;
}

}  // namespace corroborate::eval
