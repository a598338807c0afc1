// Interval conflicts (conflicts.h FindIntervalConflicts): one report times an absence by the
// clock ("rose from the table shortly after 1 p.m. … did not resume until after 2 p.m."), another
// states how long it lasted ("the break had lasted about forty minutes"); values that cannot both
// hold are a number conflict. Clock times are read from claim tokens ("1 p.m.", "13:40").
#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/strings.h"
#include "reconcile/conflict_building.h"
#include "reconcile/conflicts.h"

namespace corroborate {
namespace {

using Tokens = std::vector<ClaimToken>;

bool IsDeparture(std::string_view w) {
  static const std::unordered_set<std::string_view> kSet = {
      "left", "leave",  "leaving", "rose",    "walked",    "stormed",  "withdrew",
      "quit", "exited", "stepped", "excused", "suspended", "adjourned"};
  return kSet.count(w) > 0;
}

bool IsReturn(std::string_view w) {
  static const std::unordered_set<std::string_view> kSet = {
      "returned", "return",     "returning", "resumed",  "resume",
      "resuming", "reconvened", "rejoined",  "reopened", "restarted"};
  return kSet.count(w) > 0;
}

// Nouns naming an absence or an interruption whose length a report may state.
bool IsBreakNoun(std::string_view w) {
  static const std::unordered_set<std::string_view> kSet = {
      "break",       "absence", "pause",      "recess",  "interruption",
      "adjournment", "walkout", "suspension", "timeout", "delay"};
  return kSet.count(w) > 0;
}

bool IsApproximateWord(std::string_view w) {
  return w == "after" || w == "shortly" || w == "about" || w == "around" || w == "roughly" ||
         w == "before" || w == "approximately" || w == "nearly" || w == "almost" || w == "just";
}

struct Clock {
  int minutes = -1;           // since midnight
  size_t begin = 0, end = 0;  // token range
  bool approximate = false;
};

int SmallNumber(const std::string& w) {
  if (w.empty() || w.size() > 2) return -1;
  int v = 0;
  for (char ch : w) {
    if (ch < '0' || ch > '9') return -1;
    v = v * 10 + (ch - '0');
  }
  return v;
}

// Clock times in the tokens: "1 p.m.", "1pm", "13:40", "9.30 a.m." (split into tokens by claims).
std::vector<Clock> Clocks(const Tokens& t) {
  std::vector<Clock> out;
  for (size_t i = 0; i < t.size(); ++i) {
    int h = SmallNumber(t[i].lower);
    if (h < 0 || h > 24) continue;
    size_t k = i + 1;
    int m = 0;
    bool colon = false;
    if (k + 1 < t.size() && (t[k].lower == ":" || t[k].lower == ".") &&
        t[k + 1].lower.size() == 2 && SmallNumber(t[k + 1].lower) >= 0) {
      m = SmallNumber(t[k + 1].lower);
      colon = t[k].lower == ":";
      k += 2;
    }
    int half = -1;  // 0 a.m., 1 p.m.
    if (k < t.size() && (t[k].lower == "am" || t[k].lower == "pm")) {
      half = t[k].lower == "pm";
      ++k;
    } else if (k + 2 < t.size() && (t[k].lower == "a" || t[k].lower == "p") &&
               t[k + 1].lower == "." && t[k + 2].lower == "m") {
      half = t[k].lower == "p";
      k += 3;
      if (k < t.size() && t[k].lower == ".") ++k;
    }
    if (half < 0 && !colon) continue;
    if (m > 59) continue;
    if (half >= 0) {
      if (h < 1 || h > 12) continue;
      h = h % 12 + (half ? 12 : 0);
    }
    Clock c;
    c.minutes = h * 60 + m;
    c.begin = i;
    c.end = k;
    for (size_t j = i; j-- > 0 && j + 3 > i;)
      c.approximate = c.approximate || IsApproximateWord(t[j].lower);
    out.push_back(c);
    i = k - 1;
  }
  return out;
}

bool HasWord(const Tokens& t, bool (*pred)(std::string_view)) {
  for (const auto& tok : t) {
    if (!tok.punct && pred(tok.lower)) return true;
  }
  return false;
}

// An absence timed by the clock in one report.
struct Interval {
  uint32_t doc = 0;
  uint32_t leave_claim = 0, back_claim = 0;
  Clock leave, back;
  int minutes = 0;
};

// A stated length of an absence or break.
struct Stated {
  uint32_t claim = 0;
  double minutes = 0;
  bool approximate = false;
};

std::string Minutes(double m, bool approximate) {
  char buf[48];
  std::snprintf(buf, sizeof(buf), "%s%g minutes", approximate ? "about " : "", m);
  return buf;
}

}  // namespace

std::vector<FoundConflict> FindIntervalConflicts(const ConflictContext& ctx) {
  const auto& claims = ctx.claims.claims;
  std::vector<Interval> intervals;
  std::vector<Stated> stated;
  for (uint32_t i = 0; i < claims.size(); ++i) {
    const Claim& c = claims[i];
    if (c.fragment) continue;
    for (const ClaimQuantity& q : c.quantities) {
      if ((q.unit != "minute" && q.unit != "hour") || q.part || q.ordinal) continue;
      if (!HasWord(c.tokens, IsBreakNoun)) continue;
      stated.push_back({i, q.unit == "hour" ? q.value * 60 : q.value, !q.modifier.empty()});
    }
    if (!HasWord(c.tokens, IsDeparture)) continue;
    const std::vector<Clock> leave = Clocks(c.tokens);
    if (leave.empty()) continue;
    // The return: a later clock time with a return verb, in this sentence or the next two.
    for (uint32_t j = i; j < claims.size() && j <= i + 2 && claims[j].doc == c.doc; ++j) {
      if (!HasWord(claims[j].tokens, IsReturn)) continue;
      bool found = false;
      for (const Clock& back : Clocks(claims[j].tokens)) {
        if (j == i && back.begin <= leave.front().begin) continue;
        const int d = back.minutes - leave.front().minutes;
        if (d <= 0 || d > 12 * 60) continue;
        intervals.push_back({c.doc, i, j, leave.front(), back, d});
        found = true;
        break;
      }
      if (found) break;
    }
  }
  std::vector<FoundConflict> out;
  if (intervals.empty() || stated.empty()) return out;
  for (const Interval& iv : intervals) {
    const bool fuzzy = iv.leave.approximate || iv.back.approximate;
    const double slack = fuzzy ? 10.0 : 0.0;
    std::vector<const Stated*> against;
    for (const Stated& s : stated) {
      if (claims[s.claim].doc == iv.doc) continue;
      const double tolerance =
          slack + ((s.approximate || fuzzy) ? 0.15 * std::max<double>(iv.minutes, s.minutes) : 0.0);
      if (std::fabs(s.minutes - iv.minutes) > tolerance + 1e-9) against.push_back(&s);
    }
    if (against.empty()) continue;
    FoundConflict f;
    f.conflict.kind = ConflictKind::kNumber;
    ConflictSide timed;
    const Claim& lc = claims[iv.leave_claim];
    const Claim& bc = claims[iv.back_claim];
    timed.statement = SpanText(ctx, lc.doc, lc.span);
    if (iv.back_claim != iv.leave_claim) {
      timed.statement += " " + SpanText(ctx, bc.doc, bc.span);
    }
    timed.held_by = OutletName(ctx, iv.doc);
    timed.evidence.push_back(ctx.story.At(lc.doc, lc.span));
    if (iv.back_claim != iv.leave_claim) timed.evidence.push_back(ctx.story.At(bc.doc, bc.span));
    f.claims = {iv.leave_claim};
    if (iv.back_claim != iv.leave_claim) f.claims.push_back(iv.back_claim);
    ConflictSide length;
    std::vector<std::string> outlets;
    double value = against.front()->minutes;
    bool approx = against.front()->approximate;
    for (const Stated* s : against) {
      const Claim& sc = claims[s->claim];
      if (length.statement.empty()) length.statement = SpanText(ctx, sc.doc, sc.span);
      outlets.push_back(OutletName(ctx, sc.doc));
      length.evidence.push_back(ctx.story.At(sc.doc, sc.span));
      if (std::find(f.claims.begin(), f.claims.end(), s->claim) == f.claims.end()) {
        f.claims.push_back(s->claim);
      }
    }
    length.held_by = JoinUnique(std::move(outlets));
    f.conflict.summary =
        "Outlets disagree on how long the break lasted: " + Minutes(value, approx) + " (" +
        length.held_by + ") vs " + Minutes(iv.minutes, fuzzy) + " by the clock (" + timed.held_by +
        ")";
    f.conflict.sides.push_back(std::move(length));
    f.conflict.sides.push_back(std::move(timed));
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace corroborate
