// Fact alignment: the same claim told by several outlets in different words becomes one Fact
// with evidence in each article. Claims (claims.h) are paired through an inverted index on
// their rarer features (so the cost stays near-linear in the story's size), scored by IDF cosine
// plus bonuses for an equal quantity and date, and merged greedily best-pair-first under two
// guards: at most one sentence per article per fact, and every merge must agree with the
// fact's centroid (no chaining of unrelated sentences), unless the pair is strong and the newcomer
// matches half the group and shares words with all of it. Two or more shared distinctive words
// (in a handful of the story's sentences) add to a pair's score, since long sentences dilute the
// cosine. A number with a unit about the same thing
// ("a five-hour meeting", "the meeting lasted five hours") links sentences on its own.
// Sentences carrying one aligned quote (QuoteLinks) merge before anything else, and a sentence
// that tells two facts also supports the second (SecondarySupport).
// Pure functions; thread-safe.
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "model/account.h"
#include "reconcile/claims.h"
#include "reconcile/entities.h"
#include "reconcile/quotes.h"
#include "reconcile/story_input.h"

namespace corroborate {

struct AlignOptions {
  float pair_threshold = 0.42f;             // pair score to consider a merge
  float centroid_threshold = 0.30f;         // centroid cosine a merge must keep
  float strong_pair = 0.48f;                // pair score that may join at a lower centroid …
  float strong_centroid_threshold = 0.20f;  // … cosine, when it also matches half the group
  float strong_member_cosine = 0.08f;       // and has at least this cosine with every member
  float quantity_cosine = 0.12f;            // sentence cosine that lets equal quantities link alone
  double rare_fraction = 0.3;  // features in more claims than this do not propose pairs
  size_t max_postings = 400;   // ... nor features in more claims than this
};

// Pair score of two claims: cosine plus bonuses for a shared quantity, a shared day and shared
// less common entities (only the bonuses when with_cosine is false).
float PairScore(const Claim& a, const Claim& b, bool with_cosine = true);

// PairScore plus a bonus for two or more shared distinctive features (Claim::distinct_features):
// what proposes and ranks alignment pairs.
float AlignScore(const Claim& a, const Claim& b, bool with_cosine = true);

// Number of distinctive features (Claim::distinct_features) two claims share.
int SharedDistinct(const Claim& a, const Claim& b);

// True when two quantities with a unit are about the same thing (unit and a head word shared,
// or the sentences close enough).
bool SameConcept(const Claim& a, const ClaimQuantity& qa, const Claim& b, const ClaimQuantity& qb,
                 float quantity_cosine);

// Pairs of claims (indices into claims) in different docs whose sentences carry the same
// aligned quote (reconcile/quotes.h): one statement, however differently each outlet frames it.
std::vector<std::pair<uint32_t, uint32_t>> QuoteLinks(const ClaimSet& claims,
                                                      const QuoteAlignment& quotes);

// Groups the story's non-fragment claims; each group holds claims of distinct docs. Every
// non-fragment claim is in exactly one group (singletons included). Linked pairs (QuoteLinks)
// merge first, before any similarity.
std::vector<std::vector<uint32_t>> AlignClaims(
    const ClaimSet& claims, const AlignOptions& options = {},
    const std::vector<std::pair<uint32_t, uint32_t>>& links = {});

// Sentences that tell two facts: a claim aligned into one group also supports another group
// when it shares with one of that group's sentences three or more distinctive features
// (Claim::distinct_features, or the no-outcome class) that no other sentence of its own group
// holds, weighing min_residual in the IDF dot product. Only claims already aligned (their own
// group has 2+ members) lend support; an unaligned claim is alignment's business. Per group: the
// extra claims, at most one per doc and none in the group's docs. Cost: candidates through postings
// of rare features, as AlignClaims.
std::vector<std::vector<uint32_t>> SecondarySupport(
    const ClaimSet& claims, const std::vector<std::vector<uint32_t>>& groups,
    float min_residual = 0.2f);

// A clause of a sentence that supports a fact other than its sentence's (clause_support.h).
struct ClauseLink {
  uint32_t claim = 0;  // the sentence (index into ClaimSet::claims): provenance
  TextSpan span;       // the clause inside it: the evidence shown
};

struct FactTable {
  std::vector<Fact> facts;                     // ids "f1"…, ordered by support then position
  std::vector<std::vector<uint32_t>> members;  // claims of each fact
  std::vector<int32_t> fact_of_claim;          // per claim: its fact, or -1
};

// Turns groups into facts (statement, evidence, independent sources, date, entities). A heading
// that aligned with nothing is dropped unless keep[claim] is set (e.g. a conflict needs it) or
// it has extra support. extra (optional, per group, from SecondarySupport) adds evidence and
// sources; the statement, date, entities and fact_of_claim come from the group's own claims.
// clauses (optional, per group, from ClauseSupport) add evidence with the clause's span, from
// articles neither the group nor extra holds (an article counts once per fact).
FactTable BuildFacts(const StoryInput& story, const ClaimSet& claims,
                     const ResolvedEntities& entities,
                     const std::vector<std::vector<uint32_t>>& groups,
                     const std::vector<bool>& keep,
                     const std::vector<std::vector<uint32_t>>& extra = {},
                     const std::vector<std::vector<ClauseLink>>& clauses = {});

// contested when a conflict touches the fact, else confirmed with ≥ 2 independent sources, else
// single-source.
void SetStatuses(const std::vector<Conflict>& conflicts, FactTable* table);

// Distinct Sourcing::group values among the docs (docs without sourcing count alone).
int IndependentSources(const StoryInput& story, const std::vector<uint32_t>& docs);

}  // namespace corroborate
