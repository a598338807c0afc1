// Scores an account against a gold file, category by category (entities, quotes, facts,
// conflicts, positions, timeline, framing): precision, recall and F1 with the misses and false
// positives, plus detail scores (variants merged, speakers, independent-source counts…). Rules:
// docs/evaluation.md.
#pragma once

#include <string>
#include <vector>

#include "core/status.h"
#include "eval/gold_file.h"
#include "eval/system_account.h"

namespace corroborate::eval {

struct CategoryScore {
  std::string name;                 // "entities", "quotes"…
  bool scored = true;               // false when the account does not have the category at all
  std::string note;                 // what the system pool is, or why the category was not scored
  size_t gold = 0;                  // gold items
  size_t system = 0;                // system items in the precision pool
  size_t correct = 0;               // pool items matched to a gold item (one-to-one)
  size_t found = 0;                 // gold items matched by some system item
  std::vector<std::string> misses;  // gold items not found
  std::vector<std::string> false_positives;  // pool items that match no gold item

  double precision() const { return system ? static_cast<double>(correct) / system : 0; }
  double recall() const { return gold ? static_cast<double>(found) / gold : 0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};

// A finer measure inside a category: hits out of total ("speaker right: 40 of 45").
struct DetailScore {
  std::string category, name;
  size_t hits = 0, total = 0;
  bool lower_is_better = false;     // for error counts such as wrong merges
  std::vector<std::string> errors;  // the items that missed, for -v
  double rate() const { return total ? static_cast<double>(hits) / total : 0; }
};

struct AccountScores {
  std::vector<CategoryScore> categories;
  std::vector<DetailScore> details;
};

// Fails only when the gold names an article the account does not hold (or names it ambiguously).
Result<AccountScores> ScoreAccount(const Gold& gold, const SysAccount& account);

}  // namespace corroborate::eval
