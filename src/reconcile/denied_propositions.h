// What a forward denial denies ("it is wrong to say that Varga will resign"), read as a key (an
// entity or a feature word), a predicate stem and other features, and how well another claim
// asserts it: the key followed closely by the predicate, not negated. The denial finder
// (denial_conflicts.cc) looks assertions up by predicate stem and keeps the best scored. Pure
// functions; thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <set>
#include <string>

#include "reconcile/claims.h"
#include "reconcile/denial_cues.h"

namespace corroborate {

// The proposition a forward denial denies: key (entity or word), predicate stem, other features.
struct DeniedProposition {
  int32_t key_entity = -1;
  std::set<std::string> key_words;
  std::string predicate;
  std::set<std::string> rest;  // other stems and "#e<id>" entity markers
};

// Reads the proposition in toks[b, e); false when it has no key or no predicate after it.
bool ParseProposition(const ClaimTokens& toks, size_t b, size_t e, DeniedProposition* p);

// How well a claim asserts the proposition: -1 when it does not (no key, no predicate after
// the key, or negated), else the number of other features it shares.
int AssertionScore(const Claim& c, const DeniedProposition& p);

}  // namespace corroborate
