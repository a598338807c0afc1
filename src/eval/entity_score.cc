// Entities: a system entity matches a gold entity when they share a spelling (canonical name or
// variant, compared case- and punctuation-insensitively). Details: type, variant pairs merged
// into one system entity, system entities that wrongly merge two gold entities, roles found.
#include <algorithm>

#include "eval/category_scores.h"
#include "eval/text_match.h"

namespace corroborate::eval {
namespace {

bool Ignored(const ScoreContext& ctx, int sys_entity) {
  for (const std::string& ignore : ctx.gold().entity_ignore) {
    const std::string n = NormalizeName(ignore);
    const auto& forms = ctx.SysForms(sys_entity);
    if (std::find(forms.begin(), forms.end(), n) != forms.end()) return true;
  }
  return false;
}

bool HasForm(const std::vector<std::string>& forms, const std::string& form) {
  return std::find(forms.begin(), forms.end(), form) != forms.end();
}

void ScoreVariantPairs(const ScoreContext& ctx, std::vector<DetailScore>* details) {
  DetailScore d{"entities", "variant pairs merged"};
  const auto& gold = ctx.gold().entities;
  for (size_t g = 0; g < gold.size(); ++g) {
    const auto& forms = ctx.GoldForms(static_cast<int>(g));
    for (size_t v = 1; v < forms.size(); ++v) {
      if (forms[v] == forms[0]) continue;
      ++d.total;
      bool merged = false;
      for (size_t s = 0; s < ctx.account().entities.size() && !merged; ++s) {
        const auto& sys = ctx.SysForms(static_cast<int>(s));
        merged = HasForm(sys, forms[0]) && HasForm(sys, forms[v]);
      }
      if (merged) {
        ++d.hits;
      } else {
        d.errors.push_back(gold[g].name + " ~ " + gold[g].variants[v - 1]);
      }
    }
  }
  details->push_back(std::move(d));
}

bool RoleFound(const std::string& gold_role, const std::vector<std::string>& sys_roles) {
  const std::string g = NormalizeForMatch(gold_role);
  for (const std::string& r : sys_roles) {
    const std::string s = NormalizeForMatch(r);
    if (s.find(g) != std::string::npos || g.find(s) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

CategoryScore ScoreEntities(const ScoreContext& ctx, std::vector<DetailScore>* details) {
  const auto& gold = ctx.gold().entities;
  const auto& sys = ctx.account().entities;
  std::vector<Candidate> candidates;
  std::vector<int> gold_hits(sys.size(), 0);  // gold entities each system entity carries
  for (size_t s = 0; s < sys.size(); ++s) {
    for (size_t g = 0; g < gold.size(); ++g) {
      int shared = 0;
      for (const std::string& f : ctx.SysForms(static_cast<int>(s))) {
        shared += HasForm(ctx.GoldForms(static_cast<int>(g)), f);
      }
      if (shared == 0) continue;
      ++gold_hits[s];
      candidates.push_back({static_cast<int>(g), static_cast<int>(s), shared});
    }
  }
  const std::vector<int> gold_to_sys = AssignOneToOne(candidates, gold.size(), sys.size());
  std::vector<bool> in_pool(sys.size());
  std::vector<std::string> gold_labels, sys_labels;
  for (size_t s = 0; s < sys.size(); ++s) {
    in_pool[s] = gold_hits[s] > 0 || !Ignored(ctx, static_cast<int>(s));
    sys_labels.push_back(sys[s].id + " " + sys[s].name + " (" + sys[s].type + ")");
  }
  for (const GoldEntity& g : gold) gold_labels.push_back(g.name + " (" + g.type + ")");
  CategoryScore score{"entities"};
  score.note = "all system entities except the gold's entity_ignore forms";
  Tally(gold_to_sys, candidates, in_pool, gold_labels, sys_labels, &score);

  DetailScore type{"entities", "type agrees"}, roles{"entities", "gold roles found"};
  for (size_t g = 0; g < gold.size(); ++g) {
    const int s = gold_to_sys[g];
    roles.total += gold[g].roles.size();
    if (s < 0) continue;
    ++type.total;
    if (sys[s].type == gold[g].type) {
      ++type.hits;
    } else {
      type.errors.push_back(gold[g].name + ": " + sys[s].type + ", gold " + gold[g].type);
    }
    for (const std::string& role : gold[g].roles) {
      if (RoleFound(role, sys[s].roles)) {
        ++roles.hits;
      } else {
        roles.errors.push_back(gold[g].name + ": " + role);
      }
    }
  }
  details->push_back(std::move(type));
  ScoreVariantPairs(ctx, details);
  DetailScore merges{"entities", "wrong merges (system entities holding 2+ gold entities)"};
  merges.lower_is_better = true;
  for (size_t s = 0; s < sys.size(); ++s) {
    if (gold_hits[s] == 0) continue;
    ++merges.total;
    if (gold_hits[s] > 1) {
      ++merges.hits;
      merges.errors.push_back(sys_labels[s]);
    }
  }
  details->push_back(std::move(merges));
  details->push_back(std::move(roles));
  return score;
}

}  // namespace corroborate::eval
