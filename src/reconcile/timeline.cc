#include "reconcile/timeline.h"

#include <algorithm>

namespace corroborate {
namespace {

bool CarriesDate(const Claim& c, const CivilDate& date) {
  for (const auto& t : c.times) {
    if (date.has_day() && t.date.has_day() && t.date.year == date.year &&
        t.date.month == date.month && t.date.day == date.day) {
      return true;
    }
    if (!date.has_day() && t.date == date) return true;
  }
  return false;
}

struct Draft {
  TimelineEntry entry;
  size_t fact;
  std::vector<uint32_t> dated;  // claims carrying the date
  bool merged = false;
};

// Near-duplicates: some dated sentence of one reads like one of the other.
bool NearDuplicate(const ClaimSet& set, const Draft& a, const Draft& b) {
  const size_t kMax = 8;
  for (size_t i = 0; i < a.dated.size() && i < kMax; ++i) {
    for (size_t j = 0; j < b.dated.size() && j < kMax; ++j) {
      if (Cosine(set.claims[a.dated[i]], set.claims[b.dated[j]]) >= 0.5f) return true;
    }
  }
  return false;
}

}  // namespace

std::vector<TimelineEntry> BuildTimeline(const StoryInput& story, const ClaimSet& set,
                                         const FactTable& table) {
  std::vector<Draft> drafts;
  for (size_t f = 0; f < table.facts.size(); ++f) {
    const Fact& fact = table.facts[f];
    if (!fact.date.valid()) continue;
    Draft d;
    d.fact = f;
    d.entry.date = fact.date;
    d.entry.event = fact.statement;
    d.entry.fact = fact.id;
    for (uint32_t m : table.members[f]) {
      const Claim& c = set.claims[m];
      if (!CarriesDate(c, fact.date)) continue;
      d.dated.push_back(m);
      d.entry.evidence.push_back(story.At(c.doc, c.span));
    }
    drafts.push_back(std::move(d));
  }
  // By date, then support (facts are already ordered by support, then position).
  std::stable_sort(drafts.begin(), drafts.end(), [](const Draft& a, const Draft& b) {
    if (!(a.entry.date == b.entry.date)) return a.entry.date < b.entry.date;
    return a.fact < b.fact;
  });
  std::vector<TimelineEntry> out;
  for (size_t i = 0; i < drafts.size(); ++i) {
    if (drafts[i].merged) continue;
    // Fold later near-duplicates of the same date into this entry (bounded per date).
    size_t looked = 0;
    for (size_t j = i + 1; j < drafts.size() && drafts[j].entry.date == drafts[i].entry.date &&
                           looked < 200;
         ++j, ++looked) {
      if (drafts[j].merged || !NearDuplicate(set, drafts[i], drafts[j])) continue;
      drafts[j].merged = true;
      for (const Evidence& e : drafts[j].entry.evidence) {
        if (std::find(drafts[i].entry.evidence.begin(), drafts[i].entry.evidence.end(), e) ==
            drafts[i].entry.evidence.end()) {
          drafts[i].entry.evidence.push_back(e);
        }
      }
      drafts[i].dated.insert(drafts[i].dated.end(), drafts[j].dated.begin(),
                             drafts[j].dated.end());
    }
    out.push_back(std::move(drafts[i].entry));
  }
  return out;
}

}  // namespace corroborate
