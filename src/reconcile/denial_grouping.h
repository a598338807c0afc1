// Denials found by the denial finder (denial_conflicts.cc), grouped into one conflict per
// disputed proposition, so that a denial repeated by several outlets, or quoted and then
// paraphrased, is one dispute with every article's evidence. Forward denials ("it is wrong to
// say X") carry the assertions of X they matched; backward ones ("…, which Kyiv has denied")
// carry the claim they point back at. Cost: quadratic only within one predicate's or one
// denier's denials, capped at 200. Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "reconcile/conflicts.h"

namespace corroborate {

// A forward denial ("it is wrong to say X") and the assertions of X it was matched with.
struct ForwardDenial {
  std::vector<uint32_t> asserts;
  uint32_t denial = 0;
  std::string predicate;
  int32_t key_entity = -1;
  std::set<std::string> key_words;
  TextSpan denied;
  std::string denier;  // empty when the sentence names no party
};

// A denial that points back at a claim made just before it ("…, which Kyiv has denied",
// "X claimed …; Kyiv denied these").
struct BackwardDenial {
  std::string claimant, denier;
  uint32_t claim_doc = 0;
  std::string claim_text, denial_text;
  Evidence claim_evidence, denial_evidence;
  std::vector<uint32_t> claims;
  std::set<int32_t> key_entities;  // what the claim is about: its entities but its parties
};

// One conflict per denied proposition: denials that share an assertion, or deny the same
// predicate of the same key or by the same party, merge; a denial that found no assertion of its
// own joins the only group denying its predicate. The asserting side gathers every asserting
// claim and the claims aligned with them (a report restating it); the denying side every denial.
std::vector<FoundConflict> GroupForwardDenials(const ConflictContext& ctx,
                                               const std::vector<ForwardDenial>& recs);

// One conflict per denied claim: backward denials by the same denier of claims about the same
// entity ("the capture of the town", "took the town") in different reports are one dispute.
std::vector<FoundConflict> GroupBackwardDenials(const std::vector<BackwardDenial>& recs);

}  // namespace corroborate
