#include "eval/score_report.h"

namespace corroborate::eval {
namespace {

void PrintList(std::FILE* out, const char* title, const std::vector<std::string>& items) {
  if (items.empty()) return;
  std::fprintf(out, "  %s (%zu):\n", title, items.size());
  for (const std::string& item : items) std::fprintf(out, "    - %s\n", item.c_str());
}

}  // namespace

void PrintScores(std::FILE* out, const AccountScores& scores, bool verbose) {
  // gold/found give the recall, system/correct the precision (the system pool: see -v).
  std::fprintf(out, "%-10s %6s %6s %6s %6s %6s %6s %7s\n", "category", "P", "R", "F1", "gold",
               "found", "system", "correct");
  for (const CategoryScore& c : scores.categories) {
    if (!c.scored) {
      std::fprintf(out, "%-10s %6s %6s %6s %6zu %6s %6s %7s  (%s)\n", c.name.c_str(), "-", "-", "-",
                   c.gold, "-", "-", "-", c.note.c_str());
      continue;
    }
    std::fprintf(out, "%-10s %6.3f %6.3f %6.3f %6zu %6zu %6zu %7zu\n", c.name.c_str(),
                 c.precision(), c.recall(), c.f1(), c.gold, c.found, c.system, c.correct);
  }
  std::fprintf(out, "\n");
  for (const DetailScore& d : scores.details) {
    std::fprintf(out, "%-10s %-58s %4zu / %-4zu", d.category.c_str(), d.name.c_str(), d.hits,
                 d.total);
    if (d.total > 0 && !d.lower_is_better) std::fprintf(out, " %5.1f%%", 100 * d.rate());
    std::fprintf(out, "\n");
  }
  if (!verbose) return;
  for (const CategoryScore& c : scores.categories) {
    if (!c.scored) continue;
    std::fprintf(out, "\n%s — precision pool: %s\n", c.name.c_str(), c.note.c_str());
    PrintList(out, "missed gold items", c.misses);
    PrintList(out, "false positives", c.false_positives);
    for (const DetailScore& d : scores.details) {
      if (d.category == c.name) PrintList(out, d.name.c_str(), d.errors);
    }
  }
}

}  // namespace corroborate::eval
