// Conditions stated as refusals (reconcile/positions_cues.h, StanceFinder::Condition): "will
// not accept a deal without security guarantees", "must not be signed without guarantees",
// "rules out a deal that does not give it guarantees" each demand the guarantees. The
// refusal's holder demands what its absence would make unacceptable.
#include <string>

#include "core/strings.h"
#include "reconcile/claims.h"
#include "reconcile/positions_cues.h"
#include "reconcile/positions_issue.h"
#include "reconcile/positions_lexicon.h"

namespace corroborate::positions {
namespace {

// Verbs whose negation in a relative clause names what is missing ("a deal that does not give
// it guarantees").
const WordSet kProvide = {"give",     "gives",    "provide",   "provides",   "include",
                          "includes", "offer",    "offers",    "contain",    "contains",
                          "ensure",   "ensures",  "guarantee", "guarantees", "grant",
                          "grants",   "preserve", "preserves", "respect",    "respects"};

// Where a clause starts, scanning back from i: a sentence stop or a clause-joining word.
bool ClauseStop(const ClaimToken& tok) {
  return (tok.punct && (tok.lower == ";" || tok.lower == ":" || tok.lower == "." ||
                        tok.lower == "?" || tok.lower == "!")) ||
         tok.lower == "but" || tok.lower == "while" || tok.lower == "although" ||
         tok.lower == "though" || tok.lower == "whereas";
}

// A refusal before token i in its clause: a rejection word ("rules out", "rejects", "refuses")
// or a negation. Returns the token to find the holder from, or npos.
size_t Refusal(const SentenceView& v, size_t i, bool need_rejection_word) {
  const auto& t = Toks(v);
  for (size_t k = i, n = 0; k > 0 && n < 25; --k, ++n) {
    const ClaimToken& tok = t[k - 1];
    if (ClauseStop(tok)) break;
    auto rule = Rules().find(StemWord(tok.lower));
    if (rule != Rules().end()) {
      for (const Rule& r : rule->second) {
        bool particle_ok = r.particle.empty() || (k < t.size() && t[k].lower == r.particle);
        if (r.stance == Stance::kRejects && r.verb && particle_ok) return k - 1;
      }
    }
    if (!need_rejection_word && tok.negation) {
      // A negated verb of consent ("will not accept", "must not be signed"); "can't end a
      // war without talking" states no refusal. The holder is that verb's subject.
      static const WordSet kConsent = {"accept", "agree",    "sign",     "approve",  "endorse",
                                       "allow",  "back",     "support",  "tolerate", "signed",
                                       "agreed", "accepted", "approved", "concluded"};
      size_t h = k;
      while (h < i && (kAux.count(t[h].lower) || t[h].lower == "be")) ++h;
      if (h < i && kConsent.count(t[h].lower)) return h;
      return std::string::npos;
    }
  }
  return std::string::npos;
}

}  // namespace

void StanceFinder::Condition(const SentenceView& v, size_t i, std::vector<Found>* out) const {
  const auto& t = Toks(v);
  size_t holder = std::string::npos;
  size_t p = i + 1;
  if (t[i].lower == "without") {
    holder = Refusal(v, i, false);
  } else if (kProvide.count(t[i].lower)) {
    // "(a deal) that does not give it …": a negated relative clause inside a refusal.
    size_t k = i;
    if (k == 0 || !t[k - 1].negation) return;
    --k;
    while (k > 0 && kAux.count(t[k - 1].lower)) --k;
    if (k == 0 || (t[k - 1].lower != "that" && t[k - 1].lower != "which")) return;
    holder = Refusal(v, k - 1, true);
    // The recipient ("give it", "give Ukraine") is not the issue.
    if (p < t.size() && (t[p].entity >= 0 || kOtherPronouns.count(t[p].lower) ||
                         kPersonPronouns.count(t[p].lower) || kFirstPronouns.count(t[p].lower))) {
      int32_t e = t[p].entity;
      ++p;
      while (e >= 0 && p < t.size() && t[p].entity == e) ++p;
    }
  }
  if (holder == std::string::npos) return;
  // "strong and lasting security guarantees": grading words joined by "and" are not the issue.
  while (p + 1 < t.size() && (kModifiers.count(t[p].lower) || kDeterminers.count(t[p].lower)) &&
         (t[p + 1].lower == "and" || t[p + 1].lower == ",")) {
    p += 2;
  }
  std::vector<Found> issues = Issues(v, p, t.size());
  if (issues.empty()) return;
  Emit(v, actors_.Subject(v, holder), Stance::kDemands, std::move(issues), out);
}

}  // namespace corroborate::positions
