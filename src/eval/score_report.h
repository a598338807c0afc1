// The printed form of the scores: one table row per category (P, R, F1 and counts), the detail
// scores, and with `verbose` the misses and false positives of each category.
#pragma once

#include <cstdio>

#include "eval/account_score.h"

namespace corroborate::eval {

void PrintScores(std::FILE* out, const AccountScores& scores, bool verbose);

}  // namespace corroborate::eval
