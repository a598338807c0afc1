// Analysis of one article: tokens and sentences, entity mentions, quantities, time expressions
// resolved against a reference date, and quotes with their speakers. Pure function of its
// inputs; articles are analyzed in parallel with no shared mutable state.
#pragma once

#include "model/annotated_doc.h"

namespace corroborate {

// reference_date: what "Tuesday" or "last month" resolve against; the article's publish date,
// or the story's when the article has none. May be invalid (relative dates then stay unresolved).
AnnotatedDoc Analyze(const Article& article, const CivilDate& reference_date);

// The stages Analyze runs, in order; each reads what the earlier ones wrote into doc.
void Tokenize(AnnotatedDoc* doc);        // tokens + sentences (analyze/tokenize.h)
void FindEntities(AnnotatedDoc* doc);    // entity mentions with roles and aliases
void FindQuantities(AnnotatedDoc* doc);  // numbers with units
void FindTimes(AnnotatedDoc* doc);       // time expressions, resolved
void FindQuotes(AnnotatedDoc* doc);      // direct and indirect quotes with speakers

}  // namespace corroborate
