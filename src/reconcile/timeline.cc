#include "reconcile/timeline.h"

#include <algorithm>

#include "core/disjoint_sets.h"

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
  std::vector<uint32_t> dated;    // claims carrying the date
  std::vector<int> events;        // event classes (claims.h EventClass) named by dated claims
  std::vector<int32_t> entities;  // entities of dated claims, sorted
  bool merged = false;
  std::vector<int> statement_events;  // event classes the statement itself names
};

// Near-duplicates: some dated sentence of one reads like one of the other.
// Or, on one day, the same kind of event ("talks", "meeting") among shared actors: one event
// told from different angles ("the talks, which began late Tuesday", "Tuesday's meeting").
bool NearDuplicate(const ClaimSet& set, const Draft& a, const Draft& b) {
  const size_t kMax = 8;
  bool same_event = false;
  if (a.entry.date.has_day()) {
    for (int e : a.events) {
      same_event = same_event || std::find(b.events.begin(), b.events.end(), e) != b.events.end();
    }
  }
  if (same_event && SortedIntersect(a.entities, b.entities)) return true;
  for (size_t i = 0; i < a.dated.size() && i < kMax; ++i) {
    for (size_t j = 0; j < b.dated.size() && j < kMax; ++j) {
      const float cos = Cosine(set.claims[a.dated[i]], set.claims[b.dated[j]]);
      if (cos >= 0.5f || (same_event && cos >= 0.15f)) return true;
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
    // A bare year ("in 2019") rarely places an event of the story; keep it only when several
    // independent outlets date the fact that way.
    const bool year_only = fact.date.precision == DatePrecision::kYear;
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
      d.entities.insert(d.entities.end(), c.entities.begin(), c.entities.end());
      for (const auto& tok : c.tokens) {
        int cls = tok.punct || tok.entity >= 0 ? -1 : EventClass(tok.lower);
        if (cls >= 0 && fact.statement.find(tok.lower) != std::string::npos &&
            std::find(d.statement_events.begin(), d.statement_events.end(), cls) ==
                d.statement_events.end()) {
          d.statement_events.push_back(cls);
        }
        if (cls >= 0 && std::find(d.events.begin(), d.events.end(), cls) == d.events.end()) {
          d.events.push_back(cls);
        }
      }
    }
    if (year_only) {
      std::vector<uint32_t> docs;
      for (uint32_t m : d.dated) docs.push_back(set.claims[m].doc);
      if (IndependentSources(story, docs) < 2) continue;
    }
    std::sort(d.entities.begin(), d.entities.end());
    d.entities.erase(std::unique(d.entities.begin(), d.entities.end()), d.entities.end());
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
    for (size_t j = i + 1;
         j < drafts.size() && drafts[j].entry.date == drafts[i].entry.date && looked < 200;
         ++j, ++looked) {
      if (drafts[j].merged || !NearDuplicate(set, drafts[i], drafts[j])) continue;
      drafts[j].merged = true;
      // One event told several ways: let the entry read as that event when this statement
      // does not name it ("the parties agreed to …" vs "the talks ended …").
      bool i_names = false, j_names = false;
      for (int e : drafts[j].events) {
        const auto& si = drafts[i].statement_events;
        const auto& sj = drafts[j].statement_events;
        if (std::find(drafts[i].events.begin(), drafts[i].events.end(), e) ==
            drafts[i].events.end()) {
          continue;
        }
        i_names = i_names || std::find(si.begin(), si.end(), e) != si.end();
        j_names = j_names || std::find(sj.begin(), sj.end(), e) != sj.end();
      }
      if (!i_names && j_names) {
        drafts[i].entry.event = drafts[j].entry.event;
        drafts[i].entry.fact = drafts[j].entry.fact;
        drafts[i].statement_events = drafts[j].statement_events;
      }
      for (const Evidence& e : drafts[j].entry.evidence) {
        if (std::find(drafts[i].entry.evidence.begin(), drafts[i].entry.evidence.end(), e) ==
            drafts[i].entry.evidence.end()) {
          drafts[i].entry.evidence.push_back(e);
        }
      }
      if (drafts[i].dated.size() < 64) {
        drafts[i].dated.insert(drafts[i].dated.end(), drafts[j].dated.begin(),
                               drafts[j].dated.end());
      }
    }
    out.push_back(std::move(drafts[i].entry));
  }
  return out;
}

}  // namespace corroborate
