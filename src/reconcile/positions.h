// Positions: who stands where on what. Finds stance expressions in every sentence ("demands",
// "insists on", "rules out", "will not accept", "offered to", "backs", "warned against", "is
// unacceptable to"), the actor holding the stance (the clause subject from the dependency parse
// when the doc has one, else the nearest subject-like entity or a resolved pronoun; inside a
// direct quote, "we"/"I" is the quote's speaker) and the issue (the core noun phrase of the
// object, found in the text: "security guarantees", "frozen assets"). Negation flips a stance
// ("will not accept" → rejects); a refusal's condition is a demand ("will not accept a deal
// without guarantees"). Capitals and seats of government holding a stance are their state
// ("the Kremlin" → Russia) and "both sides" the story's two main parties
// (positions_metonymy.h). Stance words that state nobody's position are skipped:
// questions, conditions, speculation and forecasts, advice to others, accusations, purposes,
// support sought from others, denials of reports; headlines only corroborate. "The Varnian
// delegation" is Varnia when the story names it (demonym derivation, no country list). The same
// actor × issue × stance across outlets becomes one Position with evidence from each article;
// issues group by stem ("territorial", "territories", "land"), a bare head joining a longer
// wording only when that wording is the only one ("peace deal" and "minerals deal" stay apart).
// Cost: linear in the story's tokens. Pure function.
#pragma once

#include <vector>

#include "model/account.h"
#include "reconcile/claims.h"
#include "reconcile/entities.h"
#include "reconcile/story_input.h"

namespace corroborate {

// quotes: the story's aligned quotes (their evidence spans give each quote occurrence's
// speaker). Rows are ordered by the number of articles stating them, then first appearance.
std::vector<Position> BuildPositions(const StoryInput& story, const ResolvedEntities& entities,
                                     const ClaimSet& claims,
                                     const std::vector<AccountQuote>& quotes);

// The grouping key of an issue word: its stem, with adjective endings folded onto the noun
// ("territorial" and "territories" → "territory") and plain synonyms merged ("land").
std::string IssueStem(std::string_view lower);

}  // namespace corroborate
