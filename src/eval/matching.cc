#include "eval/matching.h"

#include <algorithm>

#include "eval/text_match.h"

namespace corroborate::eval {
namespace {

void AddIds(const std::vector<std::string>& ids, std::set<std::string>* out) {
  out->insert(ids.begin(), ids.end());
}

}  // namespace

ScoreContext::ScoreContext(const Gold& gold, const SysAccount& account)
    : gold_(gold), account_(account) {
  for (const GoldEntity& e : gold.entities) {
    auto& forms = gold_forms_.emplace_back();
    forms.push_back(NormalizeName(e.name));
    for (const std::string& v : e.variants) forms.push_back(NormalizeName(v));
  }
  for (const SysEntity& e : account.entities) {
    auto& forms = sys_forms_.emplace_back();
    forms.push_back(NormalizeName(e.name));
    for (const std::string& v : e.variants) forms.push_back(NormalizeName(v));
  }
}

Status ScoreContext::ResolveArticles() {
  std::set<std::string> used;
  for (const auto& q : gold_.quotes) AddIds(q.articles, &used);
  for (const auto& f : gold_.facts) AddIds(f.articles, &used);
  for (const auto& c : gold_.conflicts) AddIds(c.articles, &used);
  for (const auto& p : gold_.positions) AddIds(p.articles, &used);
  for (const auto& t : gold_.timeline) AddIds(t.articles, &used);
  for (const auto& f : gold_.framing) used.insert(f.article);
  for (const std::string& id : used) {
    // An id, or a prefix of one that ends at a separator ("000" for "000_4a0a0027b62c6131").
    std::vector<std::string> hits;
    for (const std::string& a : account_.article_ids) {
      if (a == id) {
        hits = {a};
        break;
      }
      if (a.size() > id.size() && a.compare(0, id.size(), id) == 0 &&
          std::string_view("_-.").find(a[id.size()]) != std::string_view::npos) {
        hits.push_back(a);
      }
    }
    if (hits.empty()) {
      return Status::InvalidInput(gold_.path + ": article '" + id + "' is not in the account");
    }
    if (hits.size() > 1) {
      return Status::InvalidInput(gold_.path + ": article '" + id + "' is ambiguous (" + hits[0] +
                                  ", " + hits[1] + "…)");
    }
    article_ids_[id] = hits[0];
  }
  return Status::Ok();
}

ArticleSet ScoreContext::Articles(const std::vector<std::string>& gold_ids) const {
  ArticleSet out;
  for (const std::string& id : gold_ids) {
    auto it = article_ids_.find(id);
    if (it != article_ids_.end()) out.insert(it->second);
  }
  return out;
}

bool ScoreContext::SameEntity(int sys_entity, int gold_entity) const {
  for (const std::string& f : sys_forms_[sys_entity]) {
    const auto& g = gold_forms_[gold_entity];
    if (std::find(g.begin(), g.end(), f) != g.end()) return true;
  }
  return false;
}

bool ScoreContext::NameMentions(std::string_view name, int gold_entity) const {
  const std::string n = NormalizeForMatch(name);
  for (const std::string& f : gold_forms_[gold_entity]) {
    if (f.size() > 2 && n.find(f) != std::string::npos) return true;
  }
  return false;
}

bool ScoreContext::Attributed(int sys_entity, std::string_view name, int gold_entity) const {
  if (gold_entity < 0) return false;
  if (sys_entity >= 0) return SameEntity(sys_entity, gold_entity);
  return NameMentions(name, gold_entity);
}

ArticleSet EvidenceArticles(const std::vector<SysEvidence>& evidence) {
  ArticleSet out;
  for (const SysEvidence& e : evidence) out.insert(e.article);
  return out;
}

size_t Overlap(const ArticleSet& a, const ArticleSet& b) {
  size_t n = 0;
  for (const std::string& x : a) n += b.count(x);
  return n;
}

void TallyArticles(const std::string& label, const ArticleSet& gold, const ArticleSet& sys,
                   DetailScore* found, DetailScore* extra) {
  const size_t overlap = Overlap(gold, sys);
  extra->total += sys.size();
  extra->hits += sys.size() - overlap;
  if (overlap < sys.size()) {
    extra->errors.push_back(label + ": " + std::to_string(sys.size() - overlap) + " of " +
                            std::to_string(sys.size()) + " system articles");
  }
  found->hits += overlap;
  if (overlap < gold.size()) {
    found->errors.push_back(label + ": " + std::to_string(overlap) + " of " +
                            std::to_string(gold.size()) + " articles");
  }
}

std::vector<int> AssignOneToOne(std::vector<Candidate> candidates, size_t gold_count,
                                size_t sys_count) {
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const Candidate& a, const Candidate& b) {
                     if (a.weight != b.weight) return a.weight > b.weight;
                     if (a.gold != b.gold) return a.gold < b.gold;
                     return a.sys < b.sys;
                   });
  std::vector<int> gold_to_sys(gold_count, -1);
  std::vector<bool> sys_taken(sys_count, false);
  for (const Candidate& c : candidates) {
    if (gold_to_sys[c.gold] >= 0 || sys_taken[c.sys]) continue;
    gold_to_sys[c.gold] = c.sys;
    sys_taken[c.sys] = true;
  }
  return gold_to_sys;
}

std::string Clip(std::string_view text, size_t max) {
  std::string s(text.substr(0, text.find('\n')));
  if (s.size() <= max) return s;
  size_t cut = max;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return s.substr(0, cut) + "…";
}

void Tally(const std::vector<int>& gold_to_sys, const std::vector<Candidate>& candidates,
           const std::vector<bool>& in_pool, const std::vector<std::string>& gold_labels,
           const std::vector<std::string>& sys_labels, CategoryScore* score) {
  const size_t sys_count = in_pool.size();
  std::vector<int> sys_to_gold(sys_count, -1);
  for (size_t g = 0; g < gold_to_sys.size(); ++g) {
    if (gold_to_sys[g] >= 0) sys_to_gold[gold_to_sys[g]] = static_cast<int>(g);
  }
  std::vector<int> any_gold(sys_count, -1);  // some gold item the system item would match
  for (const Candidate& c : candidates) {
    if (any_gold[c.sys] < 0) any_gold[c.sys] = c.gold;
  }
  score->gold = gold_to_sys.size();
  for (size_t g = 0; g < gold_to_sys.size(); ++g) {
    if (gold_to_sys[g] >= 0) {
      ++score->found;
    } else {
      score->misses.push_back(gold_labels[g]);
    }
  }
  for (size_t s = 0; s < sys_count; ++s) {
    if (!in_pool[s]) continue;
    ++score->system;
    if (sys_to_gold[s] >= 0) {
      ++score->correct;
    } else if (any_gold[s] >= 0) {
      score->false_positives.push_back(sys_labels[s] +
                                       "  (duplicate of gold: " + gold_labels[any_gold[s]] + ")");
    } else {
      score->false_positives.push_back(sys_labels[s]);
    }
  }
}

}  // namespace corroborate::eval
