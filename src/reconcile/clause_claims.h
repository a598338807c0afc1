// Clause claims: every clause unit (clause_units.h) of a sentence that tells several propositions
// becomes a Claim of its own in ClaimSet::clause_claims, so that alignment can compare the clause
// ("Marek resigned as chief of staff amid a corruption inquiry") with other outlets' sentences
// without the rest of its sentence diluting the cosine. A clause claim keeps its sentence's doc
// and sentence index (provenance), narrows the span to the clause, and takes the sentence's
// features restricted to the clause's words, weighted as in the sentence and renormalised; its
// reading.predicate lists, space-separated, the roots of its finite verbs (parser-tagged; not
// speech or denial verbs) and its ordinals ("resign", "sixth"), empty without a parse.
// Cost: linear in the story's tokens. Pure apart from filling set.
#pragma once

#include "reconcile/claims.h"
#include "reconcile/story_input.h"

namespace corroborate {

// Fills set->clause_claims and set->clause_parent; call once the sentence vectors are final.
void BuildClauseClaims(const StoryInput& story, ClaimSet* set);

}  // namespace corroborate
