#include "reconcile/timeline.h"

#include <algorithm>

#include "core/disjoint_sets.h"
#include "core/strings.h"

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

// The date mention of c on the entry's date.
const ClaimTime* DateMention(const Claim& c, const CivilDate& date) {
  for (const auto& t : c.times) {
    if (date.has_day() ? (t.date.has_day() && t.date.year == date.year &&
                          t.date.month == date.month && t.date.day == date.day)
                       : t.date == date) {
      return &t;
    }
  }
  return nullptr;
}

bool IsDenialWord(std::string_view w) {
  return w == "denied" || w == "denies" || w == "deny" || w == "denying" || w == "incorrect" ||
         w == "untrue" || w == "refuted" || w == "dismissed" || w == "false" || w == "rejected";
}

// Words of a sentence about coverage rather than the event ("reports that …", "did not respond
// to requests for comment").
bool IsMetaWord(std::string_view w) {
  return w == "reports" || w == "report" || w == "reported" || w == "comment" || w == "respond" ||
         w == "unclear" || w == "clear" || w == "requests";
}

// What a dated sentence offers as the event: "Tuesday's high-stakes meeting in Moscow…" when
// the date is a possessive (the sentence is about something else that followed it), else the
// clause (between semicolons) holding the date. Scored so that the event itself wins over a
// denial, a quote or a preview of it.
struct EventText {
  std::string text;
  double score = -1e9;
};

EventText ReadEvent(const StoryInput& story, const Claim& c, const ClaimTime& when) {
  EventText out;
  const std::string_view text = story.docs[c.doc]->text();
  const auto& t = c.tokens;
  size_t at = 0;
  while (at < t.size() && t[at].span.end <= when.span.begin) ++at;
  if (at >= t.size()) return out;
  size_t last = at;
  while (last + 1 < t.size() && t[last + 1].span.begin < when.span.end) ++last;
  const std::string_view after = text.substr(std::min<size_t>(when.span.end, text.size()));
  bool possessive = StartsWith(after, "'s ") || StartsWith(after, "\xE2\x80\x99s ");
  size_t b = at, e = last + 1;
  bool names_event = false;
  if (possessive) {
    // Worth it only when the phrase names something ("this week's diplomacy" does not).
    size_t content = 0;
    for (size_t i = last + 1; i < t.size() && !t[i].punct && i < last + 4; ++i) {
      content += t[i].entity >= 0 || t[i].feature >= 0;
    }
    possessive = content >= 2;
  }
  if (possessive) {
    // The noun phrase to the end of its clause; a comma before a name continues a list.
    e = last + 1;
    while (e < t.size()) {
      if (t[e].punct && (t[e].lower != "," || e + 1 >= t.size() || t[e + 1].entity < 0)) break;
      if (!t[e].punct && (t[e].lower == "even" || t[e].lower == "which" || t[e].lower == "while" ||
                          t[e].lower == "as" || t[e].lower == "when")) {
        break;
      }
      ++e;
    }
    out.score = 1.0;
  } else {
    // The clause between semicolons around the date.
    b = at;
    while (b > 0 && t[b - 1].lower != ";") --b;
    e = last + 1;
    while (e < t.size() && t[e].lower != ";") ++e;
    out.score = 0.0;
  }
  for (size_t i = b; i < e; ++i) {
    if (t[i].punct || t[i].entity >= 0) continue;
    if (EventClass(t[i].lower) >= 0) names_event = true;
    if (IsDenialWord(t[i].lower)) out.score -= 3.0;
    if (IsMetaWord(t[i].lower)) out.score -= 1.0;
  }
  if (names_event) out.score += 1.5;
  if (c.reading.modality == "expected" || c.reading.modality == "possible") out.score -= 1.0;
  if (c.heading) out.score -= 1.0;
  const bool whole = !possessive && b == 0 && e == t.size();
  while (e > b && t[e - 1].punct) --e;
  if (b >= e) return {};
  TextSpan span{t[b].span.begin, t[e - 1].span.end};
  if (!whole) {
    // A phrase cut from the sentence: keep its own closing punctuation off, open it capitalised.
    out.text = CollapseWhitespace(span.Of(text));
  } else {
    out.text = CollapseWhitespace(c.span.Of(text));
  }
  const std::string_view quotes[] = {"\"", "\xE2\x80\x9C", "\xE2\x80\x9D"};
  for (std::string_view q : quotes) {
    if (out.text.find(q) != std::string::npos) {
      out.score -= 0.7;
      break;
    }
  }
  const int words = e - b > 0 ? static_cast<int>(e - b) : 0;
  if (words > 35) out.score -= (words - 35) * 0.05;
  if (words < 4) out.score -= 2.0;
  if (!out.text.empty() && out.text[0] >= 'a' && out.text[0] <= 'z') {
    out.text[0] = static_cast<char>(out.text[0] - 'a' + 'A');
  }
  return out;
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
    // Let the entry read as the event: the best-scoring dated wording of its facts.
    EventText best;
    for (uint32_t m : drafts[i].dated) {
      const Claim& c = set.claims[m];
      const ClaimTime* when = DateMention(c, drafts[i].entry.date);
      if (when == nullptr) continue;
      EventText ev = ReadEvent(story, c, *when);
      if (!ev.text.empty() && ev.score > best.score) {
        best = std::move(ev);
        if (m < table.fact_of_claim.size() && table.fact_of_claim[m] >= 0) {
          drafts[i].entry.fact = table.facts[table.fact_of_claim[m]].id;
        }
      }
    }
    if (!best.text.empty()) drafts[i].entry.event = std::move(best.text);
    out.push_back(std::move(drafts[i].entry));
  }
  return out;
}

}  // namespace corroborate
