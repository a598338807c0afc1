// Analysis of one article: tokens and sentences, entity mentions, quantities, time expressions
// resolved against a reference date, and quotes with their speakers. With the trained models
// (nlp/linguistics.h) also UD words with part of speech, lemma and dependency tree, and the
// entity recogniser's names as the main source of entity mentions; without them (nullptr),
// rules only. Pure function of its inputs; articles are analyzed in parallel with no shared
// mutable state (the models are read-only).
#pragma once

#include <span>

#include "model/annotated_doc.h"

namespace corroborate {

namespace nlp {
class Linguistics;
}
struct ModelEntity;  // analyze/syntax.h

// reference_date: what "Tuesday" or "last month" resolve against; the article's publish date,
// or the story's when the article has none. May be invalid (relative dates then stay unresolved).
// models: nullptr for rules only (doc.words stays empty).
AnnotatedDoc Analyze(const Article& article, const CivilDate& reference_date,
                     const nlp::Linguistics* models = nullptr);

// The stages Analyze runs, in order; each reads what the earlier ones wrote into doc.
void Tokenize(AnnotatedDoc* doc);      // tokens + sentences (analyze/tokenize.h)
void FindEntities(AnnotatedDoc* doc);  // entity mentions with roles and aliases, by rules
// The same, taking the recogniser's names (analyze/syntax.h) as the main source of mentions
// and types, the rules correcting them and adding what the model missed.
void FindEntities(AnnotatedDoc* doc, std::span<const ModelEntity> model_entities);
void FindQuantities(AnnotatedDoc* doc);  // numbers with units
void FindTimes(AnnotatedDoc* doc);       // time expressions, resolved
void FindQuotes(AnnotatedDoc* doc);      // direct and indirect quotes with speakers

}  // namespace corroborate
