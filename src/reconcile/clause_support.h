// Clause support: a sentence whose clause tells another fact also supports that fact, with the
// clause as its evidence ("Dorn stepped in after Marek resigned as chief of staff" supports the
// resignation; "The talks, which began late Monday, were called constructive, though no
// agreements were reached" supports three facts). Alignment (facts.h) places each sentence in one
// group; here each clause claim (clause_claims.h) looks for the group of other outlets'
// sentences it matches: with one member, a pair score (as alignment's) of at least
// clause_threshold and two shared word roots, or of at least 0.6 of it and three shared rare
// features (words or names in a few sentences, one a word); and a centroid cosine of at least the
// alignment's. The clause of a sentence that best matches its own group's other sentences tells
// that fact and lends nothing, nor does a clause matching them as well as the target. Targets
// hold no sentence of the clause's article; a clause supports at most one group, and a group
// takes at most one clause per article: an article counts once per fact. A lone sentence's
// group may take clauses too, on the rare-features rule only (two outlets, one telling it in a
// subordinate clause, make a confirmed fact), or on sharing a rare name and the clause's
// predicate (a verb root that is a rare word there, or an ordinal; speech and denial verbs are no
// predicate) with a centroid cosine of 0.10 only. Cost: candidates through postings of rare
// features, as AlignClaims. Pure; thread-safe.
#pragma once

#include <cstdint>
#include <vector>

#include "model/annotated_doc.h"
#include "reconcile/claims.h"
#include "reconcile/facts.h"

namespace corroborate {

// Per group, the clauses (ClauseLink, facts.h) of other articles' sentences that tell it.
std::vector<std::vector<ClauseLink>> ClauseSupport(const ClaimSet& claims,
                                                   const std::vector<std::vector<uint32_t>>& groups,
                                                   const AlignOptions& options = {},
                                                   float clause_threshold = 0.45f);

}  // namespace corroborate
