// Propositions: each claim read as who/what does what to whom, where, and how firmly it is put.
// - attribution: the party the outlet reports it from ("according to Ushakov", "Russia claimed",
//   "…, officials said", "said a spokesman"), with pronoun holders ("he said") resolved to the
//   last person named in the article, and quote speakers from analyze/;
// - modality and hedges: "reportedly"/"allegedly"/"is said to" (reported), "may"/"could"/
//   "possibly" (possible), "will"/"is expected to"/"plans to" (expected), else asserted;
// - subject, predicate (lemma) and object: from the dependency parse (AnnotatedDoc::words) when
//   the run has models (a speech verb's complement clause is the proposition), else from the
//   entity and word order around the first verb-like word;
// - clauses: a sentence holding two propositions ("X said …, but Y denied it") also gets its
//   clause readings (reconcile/clauses.h), each with its own holder and polarity.
// Cost: linear in the story's tokens. Pure function; thread-safe.
#pragma once

#include "reconcile/claims.h"
#include "reconcile/entities.h"
#include "reconcile/story_input.h"

namespace corroborate {

// Fills Claim::reading for every claim of the set.
void ReadClaims(const StoryInput& story, const ResolvedEntities& entities, ClaimSet* set);

// True for a reporting verb ("said", "claimed", "told", "according" …) as folded by claims.h.
bool IsReportingCue(std::string_view lower);

}  // namespace corroborate
