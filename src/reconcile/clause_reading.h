// ClauseReading: one clause of a claim's sentence (reconcile/clauses.h), so that a sentence
// holding two propositions of different holders or polarity ("Russia said it took the town, but
// Kyiv denied it") reads as two. The sentence stays the claim and the provenance unit; a clause
// only narrows it to a token range and a span inside it.
#pragma once

#include <cstdint>

#include "model/annotated_doc.h"

namespace corroborate {

struct ClauseReading {
  uint32_t token_begin = 0;  // first Claim::tokens index of the clause
  uint32_t token_end = 0;    // one past the last
  TextSpan span;             // from its first to its last word (no edge punctuation)
  int32_t holder = -1;       // index into ClaimReading::attributions, -1 when it names none
  TextSpan subject;          // the words before its verb ("the owners" dismissed), when short
  int32_t cue = -1;          // Claim::tokens index of its speech or denial verb, -1 when none
  bool denial = false;       // its own verb denies ("Kyiv denied it", "dismissed the reports")
  bool refers_back = false;  // a denial of "it"/"these"/nothing: what it denies is said earlier
  bool negated = false;      // a negation outside any quoted denial cue ("did not take")
};

}  // namespace corroborate
