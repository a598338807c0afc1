// What the category scorers share: gold article ids resolved to the account's, entity names in
// comparable form, and the one-to-one assignment of system items to gold items.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "eval/account_score.h"
#include "eval/gold_file.h"
#include "eval/system_account.h"

namespace corroborate::eval {

using ArticleSet = std::set<std::string>;

class ScoreContext {
 public:
  ScoreContext(const Gold& gold, const SysAccount& account);

  // Resolves every article id the gold uses; an error names the first unknown or ambiguous id.
  Status ResolveArticles();

  const Gold& gold() const { return gold_; }
  const SysAccount& account() const { return account_; }

  // The account's ids for gold article ids (after ResolveArticles).
  ArticleSet Articles(const std::vector<std::string>& gold_ids) const;

  // Normalized names (canonical + variants) of a gold or a system entity.
  const std::vector<std::string>& GoldForms(int gold_entity) const {
    return gold_forms_[gold_entity];
  }
  const std::vector<std::string>& SysForms(int sys_entity) const { return sys_forms_[sys_entity]; }

  // True when the system entity carries a spelling of the gold entity.
  bool SameEntity(int sys_entity, int gold_entity) const;

  // True when `name` (a speaker or actor name as written) names the gold entity: one of its
  // spellings occurs in it as whole words ("Kremlin spokesperson Dmitry Peskov" → Peskov).
  bool NameMentions(std::string_view name, int gold_entity) const;

  // True when a system item attributed to (entity, name) is attributed to the gold entity.
  bool Attributed(int sys_entity, std::string_view name, int gold_entity) const;

 private:
  const Gold& gold_;
  const SysAccount& account_;
  std::map<std::string, std::string> article_ids_;  // gold id → account id
  std::vector<std::vector<std::string>> gold_forms_, sys_forms_;
};

// Articles of a list of evidence.
ArticleSet EvidenceArticles(const std::vector<SysEvidence>& evidence);
size_t Overlap(const ArticleSet& a, const ArticleSet& b);

// The article rows of a matched pair: the gold item's articles the system item carries count
// as found (`found`), the system item's articles the gold does not list count in `extra`;
// `label` names the gold item in the error lines. (found->total is the caller's: it counts
// unmatched gold items too.)
void TallyArticles(const std::string& label, const ArticleSet& gold, const ArticleSet& sys,
                   DetailScore* found, DetailScore* extra);

// A possible match and how good it is (higher is better).
struct Candidate {
  int gold = 0, sys = 0;
  int weight = 0;
};

// One-to-one: best weights first (ties to the earlier gold item, then system item); every gold
// item gets at most one system item and every system item at most one gold item. Returns the
// system item of each gold item (-1 when none).
std::vector<int> AssignOneToOne(std::vector<Candidate> candidates, size_t gold_count,
                                size_t sys_count);

// A short label for listings: the text cut to `max` bytes at a character boundary.
std::string Clip(std::string_view text, size_t max = 90);

// Fills a category's counts and lists from an assignment. `in_pool` tells which system items
// count for precision; `labels` name gold and system items; a pool item that matches a gold item
// already taken is listed as a duplicate of it.
void Tally(const std::vector<int>& gold_to_sys, const std::vector<Candidate>& candidates,
           const std::vector<bool>& in_pool, const std::vector<std::string>& gold_labels,
           const std::vector<std::string>& sys_labels, CategoryScore* score);

}  // namespace corroborate::eval
