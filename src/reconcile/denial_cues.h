// Where a sentence denies something, and which of its words the denial covers. A denial cue is
// a forward phrase ("it would be incorrect to say", "denied that", "rejected reports", a bare
// "denied") or the passive form ("reports that X … were rejected by the ministry"); the denied
// proposition is the clause after a forward cue, or the "that" clause before a passive one.
// Read on claim tokens (claims.h). Used by the denial finder (denial_conflicts.cc). Pure
// functions; thread-safe.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "reconcile/claims.h"

namespace corroborate {

using ClaimTokens = std::vector<ClaimToken>;

// A denial cue in a sentence's tokens.
struct DenialCue {
  size_t begin = 0;  // first cue token
  size_t end = 0;    // one past the last
  // Passive form, "Reports that X … were rejected by his ministry": the proposition is
  // [prop_begin, prop_end) and the denier follows the cue.
  bool passive = false;
  size_t prop_begin = 0;
  size_t prop_end = 0;
};

// The sentence's denial cue: the passive form first, else the first forward cue phrase. False
// (and *cue untouched) when there is none; "was denied entry" is a refusal, not a denial.
bool FindDenialCue(const ClaimTokens& toks, DenialCue* cue);

// The tokens [*begin, *end) holding what the cue denies: the clause after a forward cue (past
// "that", "claims", "reports", …; "denied a newspaper report that X": after the "that"), or
// the proposition of a passive cue.
void DeniedTokens(const ClaimTokens& toks, const DenialCue& cue, size_t* begin, size_t* end);

// A one-word cue that may point back at an earlier claim ("…, which Kyiv has denied").
bool IsBareDenial(std::string_view lower);

// A word standing for what was said before ("Kyiv denied these", "denied it").
bool IsDenialAnaphor(std::string_view lower);

// Punctuation that ends a clause (brackets do not).
bool StopsClause(const ClaimToken& t);

// The text span of toks[b, e) without punctuation at either end; empty when nothing is left.
TextSpan TokenRange(const ClaimTokens& toks, size_t b, size_t e);

}  // namespace corroborate
