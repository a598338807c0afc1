// Clauses: a sentence that holds two propositions of different holders or polarity ("The
// ministry said its forces had captured the town, but Kyiv denied it and said fighting
// continued") split into clause-level readings, so that the assertion and the denial, each with
// its holder, stand apart while the sentence stays the claim (and the unit of provenance).
// Boundaries: ";"; a coordinating "but"/"while"/"whereas"/"although"/"yet" after a comma; "and"
// or a comma opening a new subject with its own speech or denial verb ("and Kyiv denied");
// with a parse (AnnotatedDoc::words), also every conj/parataxis verb with its own subject that
// hangs off the root or is itself a speech verb. A second verb sharing the subject ("denied it
// and said …") stays in its clause. Cost: linear in the sentence. Pure; thread-safe.
#pragma once

#include <string_view>
#include <vector>

#include "model/annotated_doc.h"
#include "reconcile/claims.h"

namespace corroborate {

// The clauses of c (tokens and, for holders, c.reading.attributions, so call after those are
// read); empty when the sentence is one clause. doc: c's article; its parse is used when present.
std::vector<ClauseReading> SplitClauses(const AnnotatedDoc& doc, const Claim& c);

// Index into c.reading.clauses of the clause holding token i, or -1 when the claim has none.
int ClauseOf(const Claim& c, size_t token);

// A verb that denies what is said: "denied", "denies", "rejected", "dismissed", "refuted".
bool IsDenialVerb(std::string_view lower);

}  // namespace corroborate
