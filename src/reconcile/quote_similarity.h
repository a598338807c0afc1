// When two quote occurrences are the same statement (quotes.h alignment): near-identical word
// sets, one a contiguous part of the other, a long verbatim run inside a paraphrase, or, for
// one resolved speaker, the same concepts close together (quote_wording.h). Also whether two
// different speakers are quoted with the same words, which quote conflicts report. Cost: linear
// in the two wordings, except the shared-run scan, quadratic in wordings it bounds to 120 words.
#pragma once

#include "reconcile/quote_occurrences.h"

namespace corroborate {

// How strongly two occurrences are the same statement; 0 when they are not. Higher scores
// (near-identical words) are merged first.
double QuoteSimilarity(const QuoteOccurrence& a, const QuoteOccurrence& b);

// The same words (near verbatim, long enough to be one statement) in two articles.
bool SameQuoteWords(const QuoteOccurrence& a, const QuoteOccurrence& b);

}  // namespace corroborate
