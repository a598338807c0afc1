// Conflicts between outlets or parties, found on claims (claims.h):
// - denial: a sentence that denies a proposition ("it would be incorrect to say X", "denied
//   that X", "…, which Kyiv has denied") against the assertion of X elsewhere (same key entity,
//   same predicate stem, positive polarity), or the claim it refers back to in its own sentence;
// - number: the same thing (one aligned fact; or unit and head word shared and the sentences
//   alike; or, for a measure, the same event noun and shared context) given different values by
//   different outlets; approximate values ("about", "nearly", "over") within 15% agree; ordinals,
//   shares ("120 each") against totals, and value pairs some article states together never
//   conflict;
// - date: the same aligned fact dated differently by different outlets.
// Denials of one proposition (same predicate and key, or the same assertions) by one denier
// become one conflict: the asserting outlets against the denier, with every article's evidence.
// Each conflict lists the claims it touches so their facts become contested. Cost: near-linear
// (denials look up assertions by predicate stem). Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/account.h"
#include "reconcile/claims.h"
#include "reconcile/entities.h"
#include "reconcile/facts.h"
#include "reconcile/story_input.h"

namespace corroborate {

struct FoundConflict {
  Conflict conflict;             // id and facts are filled by NumberConflicts()
  std::vector<uint32_t> claims;  // claims whose facts the conflict makes contested
};

// Everything the conflict finders read.
struct ConflictContext {
  const StoryInput& story;
  const std::vector<Article>& articles;
  const ClaimSet& claims;
  const ResolvedEntities& entities;
  // The aligned claims (facts.h AlignClaims), when known: members of one fact are about the
  // same thing, and the claims that restate a denied assertion join its side.
  const std::vector<std::vector<uint32_t>>* groups = nullptr;
};

std::vector<FoundConflict> FindDenials(const ConflictContext& ctx);
std::vector<FoundConflict> FindNumberConflicts(const ConflictContext& ctx);
// groups: the aligned claims (facts.h AlignClaims).
std::vector<FoundConflict> FindDateConflicts(const ConflictContext& ctx,
                                             const std::vector<std::vector<uint32_t>>& groups);

// Gives ids "c1"… and fills Conflict::facts from the facts of the touched claims.
std::vector<Conflict> NumberConflicts(std::vector<FoundConflict> found, const FactTable& table);

// The name an article goes by as a source: its outlet, else its URL's host, else its id.
std::string OutletName(const ConflictContext& ctx, uint32_t doc);

}  // namespace corroborate
