// Sentence splitting with the trained boundary classifier (nlp/sentence_model.h): the rule
// splitter (analyze/sentences.h) runs first, as part of Tokenize(); this then decides each
// line's sentence starts again with the classifier, which sees the rules' starts as features.
// Lines (paragraphs) stay hard boundaries and headings are marked as the rules mark them.
// Used by Analyze() and `corroborate annotate` when the models are loaded; without them the
// rule splitter's sentences stand.
// Cost: O(tokens). Thread-safety: per-thread scratch; the model is shared read-only.
#pragma once

#include <string_view>
#include <vector>

#include "model/annotated_doc.h"
#include "nlp/sentence_model.h"

namespace corroborate {

// The classifier's view of the line whose tokens are tokens[first, end): their text, whether
// whitespace precedes each, and the rule splitter's starts (sentences that begin in it).
// gold_start is left empty.
void BuildSentenceLine(std::string_view text, const std::vector<Token>& tokens, size_t first,
                       size_t end, const std::vector<Sentence>& rule_sentences,
                       nlp::SentenceLine* line);

// Replaces doc->sentences (from Tokenize) with the classifier's sentences.
void SplitSentencesWithModel(const nlp::SentenceModel& model, AnnotatedDoc* doc);

}  // namespace corroborate
