// Number conflicts (conflicts.h FindNumberConflicts): the same thing given different values by
// different outlets. Mentions of one unit are paired when they count the same thing (one
// aligned fact; the head word shared and the sentences alike; or, for a measure, the same event
// noun); agreeing values share a side, and a pair some article states together never
// conflicts. A cumulative count that rises with the publish day is an update instead.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/strings.h"
#include "reconcile/conflict_building.h"
#include "reconcile/conflicts.h"

namespace corroborate {
namespace {

std::string FormatNumber(double v) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.6g", v);
  return buf;
}

bool Approximate(const std::string& modifier) { return !modifier.empty(); }

bool Compatible(const ClaimQuantity& a, const ClaimQuantity& b) {
  double hi = std::max(std::fabs(a.value), std::fabs(b.value));
  double diff = std::fabs(a.value - b.value);
  if (diff <= 1e-9 * std::max(1.0, hi)) return true;
  if ((Approximate(a.modifier) || Approximate(b.modifier)) && diff <= 0.15 * hi) return true;
  return false;
}

// "people" for "person", else the unit with an "s".
std::string PluralUnit(const std::string& unit) {
  return unit == "person" ? std::string("people") : unit + "s";
}

// The publish day of a doc's article, or an invalid date.
CivilDate PublishDay(const ConflictContext& ctx, uint32_t doc) {
  if (doc >= ctx.story.docs.size() || ctx.story.docs[doc] == nullptr) return {};
  const CivilDate& d = ctx.story.docs[doc]->article->published.date;
  return d.has_day() ? CivilDate::Day(d.year, d.month, d.day) : CivilDate{};
}

// Counts that only grow as reports come in: the dead, the injured, the displaced, arrests.
// Sets *what to the word found ("killed") when every claim has one.
bool CumulativeWord(const std::vector<uint32_t>& touched, const std::vector<Claim>& claims,
                    std::string* what) {
  static const std::unordered_set<std::string_view> kWords = {
      "killed",       "kill",      "dead",       "deaths",   "death",   "died",
      "toll",         "injured",   "injuries",   "wounded",  "hurt",    "casualties",
      "displaced",    "evacuated", "homeless",   "arrested", "arrests", "detained",
      "infected",     "cases",     "fatalities", "victims",  "bodies",  "hospitalised",
      "hospitalized", "destroyed", "damaged"};
  if (touched.empty()) return false;
  for (uint32_t c : touched) {
    bool found = false;
    for (const auto& t : claims[c].tokens) {
      if (!t.punct && kWords.count(t.lower)) {
        if (what->empty()) *what = t.lower;
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

// One number as one claim gives it.
struct Mention {
  uint32_t claim;
  uint32_t q;  // index into the claim's quantities
};

const ClaimQuantity& QuantityOf(const std::vector<Claim>& claims, const Mention& m) {
  return claims[m.claim].quantities[m.q];
}

// Mentions grouped where outlets disagree: each group (keyed by its root) holds the mentions of
// one thing, at least two of them in conflict.
struct NumberMentions {
  std::vector<Mention> mentions;
  std::map<size_t, std::vector<uint32_t>> groups;  // by root; indices into mentions
};

NumberMentions DisagreeingMentions(const ConflictContext& ctx) {
  const auto& claims = ctx.claims.claims;
  // Fact group of each claim, when the alignment is known.
  const std::vector<int32_t> group_of = AlignedGroupOfClaims(ctx);
  NumberMentions out;
  std::vector<Mention>& mentions = out.mentions;
  std::map<std::string, std::vector<uint32_t>> by_unit;
  // Per unit, the values each doc states: a pair of values one article gives together (a total
  // and its parts, a revision) is never a disagreement between outlets.
  std::map<std::string, std::unordered_map<uint32_t, std::vector<double>>> values_of_doc;
  for (size_t i = 0; i < claims.size(); ++i) {
    if (claims[i].fragment) continue;
    for (size_t q = 0; q < claims[i].quantities.size(); ++q) {
      const ClaimQuantity& cq = claims[i].quantities[q];
      if (cq.ordinal) continue;  // "first round" and "second round" are different things
      values_of_doc[cq.unit][claims[i].doc].push_back(cq.value);
      auto& v = by_unit[cq.unit];
      if (v.size() >= 400) continue;  // keeps the pairwise pass bounded
      v.push_back(static_cast<uint32_t>(mentions.size()));
      mentions.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(q)});
    }
  }
  auto qof = [&](const Mention& m) -> const ClaimQuantity& { return QuantityOf(claims, m); };
  auto share_entity = [](const Claim& a, const Claim& b) {
    for (int32_t e : a.entities) {
      if (std::binary_search(b.entities.begin(), b.entities.end(), e)) return true;
    }
    return false;
  };
  // Same thing: one aligned fact; or the head word shared and the sentences alike; or, for a
  // measure ("hours"), the same event noun and shared context (an entity, or alike sentences).
  auto same_thing = [&](const Mention& x, const Mention& y) {
    const Claim& a = claims[x.claim];
    const Claim& b = claims[y.claim];
    const ClaimQuantity& qa = qof(x);
    const ClaimQuantity& qb = qof(y);
    if (qa.part != qb.part) return false;  // a share against a total
    if (group_of[x.claim] >= 0 && group_of[x.claim] == group_of[y.claim]) return true;
    bool head = false;
    for (int32_t h : qa.heads)
      head = head || std::binary_search(qb.heads.begin(), qb.heads.end(), h);
    const float cos = CosineWithoutQuantities(a, b);
    if (head && (cos >= 0.25f || (cos >= 0.1f && share_entity(a, b)))) return true;
    // A counted noun is its own head ("40 ships", "60 ships"), but then the sentences must
    // really read alike: "two people in the room" is not "a district of 80,000 people".
    if (IsCountUnit(qa.unit) && cos >= 0.3f) return true;
    if (!IsCountUnit(qa.unit) && qa.event_class >= 0 && qa.event_class == qb.event_class) {
      const float full = Cosine(a, b);
      return full >= 0.2f || (full >= 0.08f && share_entity(a, b));
    }
    return false;
  };
  // Per unit, (value, doc) sorted by value: the docs stating a value near x are a short range.
  std::map<std::string, std::vector<std::pair<double, uint32_t>>> value_docs;
  for (auto& [unit, per_doc] : values_of_doc) {
    auto& v = value_docs[unit];
    for (const auto& [doc, values] : per_doc) {
      for (double x : values) v.push_back({x, doc});
    }
    std::sort(v.begin(), v.end());
  }
  auto docs_near = [&](const std::vector<std::pair<double, uint32_t>>& v, const ClaimQuantity& x) {
    std::vector<uint32_t> docs;
    const double lo = x.value - 0.2 * std::fabs(x.value) - 1e-9;
    auto it = std::lower_bound(v.begin(), v.end(), std::make_pair(lo, uint32_t{0}));
    for (; it != v.end() && it->first <= x.value + 0.2 * std::fabs(x.value) + 1e-9; ++it) {
      ClaimQuantity q;
      q.value = it->first;
      if (Compatible(q, x)) docs.push_back(it->second);
    }
    std::sort(docs.begin(), docs.end());
    docs.erase(std::unique(docs.begin(), docs.end()), docs.end());
    return docs;
  };
  std::map<std::tuple<std::string, double, bool>, std::vector<uint32_t>> near_cache;
  auto cached_near = [&](const std::string& unit, const ClaimQuantity& x) -> const auto& {
    auto key = std::make_tuple(unit, x.value, !x.modifier.empty());
    auto it = near_cache.find(key);
    if (it == near_cache.end()) it = near_cache.emplace(key, docs_near(value_docs[unit], x)).first;
    return it->second;
  };
  auto stated_together = [&](const std::string& unit, const ClaimQuantity& x,
                             const ClaimQuantity& y) {
    const std::vector<uint32_t>& dx = cached_near(unit, x);
    const std::vector<uint32_t>& dy = cached_near(unit, y);
    std::vector<uint32_t> both;
    std::set_intersection(dx.begin(), dx.end(), dy.begin(), dy.end(), std::back_inserter(both));
    return !both.empty();
  };
  LinkedGroups linked(mentions.size());
  std::vector<char> in_conflict(mentions.size(), 0);
  for (const auto& [unit, list] : by_unit) {
    for (size_t x = 0; x < list.size(); ++x) {
      for (size_t y = x + 1; y < list.size(); ++y) {
        const Mention& mx = mentions[list[x]];
        const Mention& my = mentions[list[y]];
        const uint32_t dx = claims[mx.claim].doc, dy = claims[my.claim].doc;
        if (dx == dy || !same_thing(mx, my)) continue;
        if (Compatible(qof(mx), qof(my))) {
          linked.Link(list[x], list[y]);  // agreeing mentions share a side
          continue;
        }
        if (stated_together(unit, qof(mx), qof(my))) continue;
        linked.Link(list[x], list[y]);
        in_conflict[list[x]] = in_conflict[list[y]] = 1;
      }
    }
  }
  std::map<size_t, std::vector<uint32_t>>& groups = out.groups;
  for (size_t m = 0; m < mentions.size(); ++m) {
    if (in_conflict[m]) groups[linked.Find(m)].push_back(static_cast<uint32_t>(m));
  }
  for (size_t m = 0; m < mentions.size(); ++m) {
    if (in_conflict[m]) continue;
    auto it = groups.find(linked.Find(m));
    if (it != groups.end()) it->second.push_back(static_cast<uint32_t>(m));
  }
  return out;
}

// One value of a number conflict: the reports that give it.
struct SideDraft {
  ConflictSide side;
  int sources = 0;
  std::string value;
  std::string event_word;
  size_t first = 0;
  bool heading_statement = false;
  CivilDate first_day, last_day;  // publish days of its reports (invalid when one is unknown)
  bool undated = false;
};

// The side of one value class (cls: indices into mentions, in value order); adds its claims
// to *f.
SideDraft DraftSide(const ConflictContext& ctx, const std::vector<Mention>& mentions,
                    const std::vector<uint32_t>& cls, FoundConflict* out) {
  const auto& claims = ctx.claims.claims;
  FoundConflict& f = *out;
  SideDraft sd;
  std::vector<std::string> outlets;
  std::vector<uint32_t> docs;
  // The value as most written: prefer an exact one ("6 hours") over an approximate one.
  const ClaimQuantity* q0 = &QuantityOf(claims, mentions[cls.front()]);
  for (uint32_t m : cls) {
    if (QuantityOf(claims, mentions[m]).modifier.empty()) {
      q0 = &QuantityOf(claims, mentions[m]);
      break;
    }
  }
  sd.first = cls.front();
  for (uint32_t m : cls) {
    const Claim& c = claims[mentions[m].claim];
    const ClaimQuantity& q = QuantityOf(claims, mentions[m]);
    if (sd.event_word.empty()) sd.event_word = q.event_word;
    if (std::find(docs.begin(), docs.end(), c.doc) != docs.end()) continue;
    docs.push_back(c.doc);
    if (sd.side.statement.empty() || (sd.heading_statement && !c.heading)) {
      sd.side.statement = SpanText(ctx, c.doc, c.span);
      sd.heading_statement = c.heading;
    }
    outlets.push_back(OutletName(ctx, c.doc));
    sd.side.evidence.push_back(ctx.story.At(c.doc, c.span));
    f.claims.push_back(mentions[m].claim);
    const CivilDate day = PublishDay(ctx, c.doc);
    if (!day.valid()) {
      sd.undated = true;
    } else {
      if (!sd.first_day.valid() || day < sd.first_day) sd.first_day = day;
      if (!sd.last_day.valid() || sd.last_day < day) sd.last_day = day;
    }
  }
  sd.sources = IndependentSources(ctx.story, docs);
  sd.side.held_by = JoinUnique(outlets);
  std::string unit = q0->unit;
  if (std::fabs(q0->value - 1) > 1e-9 && !unit.empty() && unit.back() != 's' &&
      unit.find(':') == std::string::npos &&
      !(unit.size() == 3 && unit[0] >= 'A' && unit[0] <= 'Z')) {
    unit = PluralUnit(unit);
  }
  sd.value =
      (q0->modifier.empty() ? "" : q0->modifier + " ") + FormatNumber(q0->value) + " " + unit;
  return sd;
}

// Over time rather than between outlets: a cumulative count that rises with the publish day
// (drafts in value order).
bool RisesOverTime(const std::vector<SideDraft>& ds) {
  for (size_t k = 0; k < ds.size(); ++k) {
    if (ds[k].undated || !ds[k].first_day.valid()) return false;
    if (k > 0 && !(ds[k - 1].last_day < ds[k].first_day)) return false;
  }
  return ds.size() >= 2;
}

// The update a rising cumulative count makes ("killed" in cumulative; drafts in value order).
FoundUpdate RisingUpdate(std::vector<SideDraft>* drafts, const std::string& unit,
                         const std::string& cumulative, const std::vector<uint32_t>& claims) {
  FoundUpdate u;
  std::vector<std::string> parts;
  for (auto& sd : *drafts) {
    parts.push_back(sd.value + " (" + sd.first_day.Iso() + ", " + sd.side.held_by + ")");
    u.update.steps.push_back(
        {sd.value, sd.first_day, sd.side.held_by, std::move(sd.side.evidence)});
  }
  const std::string counted = !IsCountUnit(unit) ? unit : PluralUnit(unit);
  u.update.summary = "The reported number of " + counted + " " + cumulative +
                     " rose over time: " + Join(parts, " → ");
  u.claims = claims;
  std::sort(u.claims.begin(), u.claims.end());
  u.claims.erase(std::unique(u.claims.begin(), u.claims.end()), u.claims.end());
  return u;
}

// What the outlets disagree on, for the summary: "how long the talks lasted", "the number of
// people", else the head word or unit of the leading value.
std::string DisputedQuantity(const ClaimQuantity& lead, const std::string& event) {
  static const std::unordered_set<std::string_view> kTimeUnits = {
      "hour", "minute", "day", "week", "month", "year", "second"};
  if (kTimeUnits.count(lead.unit) && !event.empty()) return "how long the " + event + " lasted";
  if (IsCountUnit(lead.unit)) return "the number of " + PluralUnit(lead.unit);
  return lead.head_word.empty() ? lead.unit : lead.head_word;
}

}  // namespace

std::vector<FoundConflict> FindNumberConflicts(const ConflictContext& ctx,
                                               std::vector<FoundUpdate>* updates) {
  const auto& claims = ctx.claims.claims;
  NumberMentions found = DisagreeingMentions(ctx);
  const std::vector<Mention>& mentions = found.mentions;
  auto qof = [&](const Mention& m) -> const ClaimQuantity& { return QuantityOf(claims, m); };
  std::vector<FoundConflict> out;
  for (auto& [root, members] : found.groups) {
    // Value classes: sorted by value, compatible neighbours share a class.
    std::sort(members.begin(), members.end(), [&](uint32_t x, uint32_t y) {
      return qof(mentions[x]).value < qof(mentions[y]).value ||
             (qof(mentions[x]).value == qof(mentions[y]).value && x < y);
    });
    std::vector<std::vector<uint32_t>> classes;
    for (uint32_t m : members) {
      if (!classes.empty() && Compatible(qof(mentions[classes.back().front()]), qof(mentions[m]))) {
        classes.back().push_back(m);
      } else {
        classes.push_back({m});
      }
    }
    if (classes.size() < 2) continue;
    std::vector<SideDraft> drafts;
    FoundConflict f;
    f.conflict.kind = ConflictKind::kNumber;
    for (const auto& cls : classes) drafts.push_back(DraftSide(ctx, mentions, cls, &f));
    std::string cumulative;
    if (CumulativeWord(f.claims, claims, &cumulative) && RisesOverTime(drafts)) {
      if (updates != nullptr) {
        const std::string& unit = qof(mentions[drafts.front().first]).unit;
        updates->push_back(RisingUpdate(&drafts, unit, cumulative, f.claims));
      }
      continue;
    }
    // The side most independent outlets hold comes first.
    std::stable_sort(drafts.begin(), drafts.end(),
                     [](const SideDraft& a, const SideDraft& b) { return a.sources > b.sources; });
    const std::string what =
        DisputedQuantity(qof(mentions[drafts.front().first]), drafts.front().event_word);
    std::vector<std::string> parts;
    for (auto& sd : drafts) {
      parts.push_back(sd.value + " (" +
                      (sd.sources > 1 ? std::to_string(sd.sources) + " outlets" : sd.side.held_by) +
                      ")");
      f.conflict.sides.push_back(std::move(sd.side));
    }
    f.conflict.summary = "Outlets disagree on " + what + ": " + Join(parts, " vs ");
    std::sort(f.claims.begin(), f.claims.end());
    f.claims.erase(std::unique(f.claims.begin(), f.claims.end()), f.claims.end());
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace corroborate
