// Conflicts between outlets or parties, found on claims (claims.h):
// - denial (denial_conflicts.cc): a sentence that denies a proposition ("it would be incorrect
//   to say X", "denied that X", "…, which Kyiv has denied": denial_cues.h) against the assertion
//   of X elsewhere (same key entity, same predicate stem, positive polarity:
//   denied_propositions.h), or the claim it refers back to in its own sentence;
// - number (number_conflicts.cc): the same thing (one aligned fact; or unit and head word shared
//   and the sentences alike; or, for a measure, the same event noun and shared context) given
//   different values by different outlets; approximate values ("about", "nearly", "over")
//   within 15% agree; ordinals, shares ("120 each") against totals, and value pairs some article
//   states together never conflict;
// - interval: a clock-timed absence against its stated length (interval_conflicts.cc);
// - date (date_conflicts.cc, weekday_conflicts.cc): the same aligned fact dated differently by
//   different outlets; a weekday written with a date it does not fall on;
// - not a conflict: a cumulative count that rises from one day's reports to a later day's is an
//   update (FoundUpdate).
// Denials of one proposition (same predicate and key, or the same assertions) by one denier
// become one conflict (denial_grouping.h): the asserting outlets against the denier, with every
// article's evidence. Each conflict lists the claims it touches so their facts become contested;
// conflicts.cc numbers them. Cost: near-linear (denials look up assertions by predicate stem).
// Pure functions; thread-safe.
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

// A number that rose over time (model/account.h FactUpdate), found where a number conflict
// would otherwise be.
struct FoundUpdate {
  FactUpdate update;             // id and facts are filled by NumberUpdates()
  std::vector<uint32_t> claims;  // claims whose facts it touches
};

std::vector<FoundConflict> FindDenials(const ConflictContext& ctx);
// A cumulative count (killed, injured, displaced, arrested…) whose values rise with the publish
// day of the reports giving them (every report of a higher value published on a later day) is an
// update, not a conflict: it goes to *updates (dropped when updates is null).
std::vector<FoundConflict> FindNumberConflicts(const ConflictContext& ctx,
                                               std::vector<FoundUpdate>* updates = nullptr);
// A weekday written next to a date it does not fall on ("Tuesday, March 5" when 5 March is a
// Wednesday): a date conflict inside one report (weekday_conflicts.cc).
std::vector<FoundConflict> FindWeekdayConflicts(const ConflictContext& ctx);
// An absence timed by the clock in one report ("left shortly after 1 p.m. … did not resume until
// after 2 p.m.") against a length another report states ("the break lasted about forty
// minutes"): a number conflict when the two cannot both hold (interval_conflicts.cc).
std::vector<FoundConflict> FindIntervalConflicts(const ConflictContext& ctx);
// Gives ids "u1"… and fills FactUpdate::facts.
std::vector<FactUpdate> NumberUpdates(std::vector<FoundUpdate> found, const FactTable& table);
// groups: the aligned claims (facts.h AlignClaims).
std::vector<FoundConflict> FindDateConflicts(const ConflictContext& ctx,
                                             const std::vector<std::vector<uint32_t>>& groups);

// Gives ids "c1"… and fills Conflict::facts from the facts of the touched claims.
std::vector<Conflict> NumberConflicts(std::vector<FoundConflict> found, const FactTable& table);

// The name an article goes by as a source: its outlet, else its URL's host, else its id.
std::string OutletName(const ConflictContext& ctx, uint32_t doc);

}  // namespace corroborate
