// The trained models over one tokenized article (nlp/linguistics.h): each sentence's tokens
// are split into UD words (nlp/ud_words.h: "don't" -> "do" "n't"), tagged, lemmatised and
// parsed into AnnotatedDoc::words (heads as indices into doc.words, so users need no sentence
// arithmetic), and the entity recogniser's names are returned for FindEntities to merge with
// its rules. One NerDocumentMemory per article: a name introduced in full informs its later
// short mentions.
// Cost: O(words) per article (every model is linear in the sentence length); per-thread
// scratch buffers, so no allocation per sentence once they have grown. Thread-safety: the
// models are shared read-only; any number of articles may be annotated at once.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "model/annotated_doc.h"
#include "nlp/linguistics.h"

namespace corroborate {

// A name the entity recogniser found.
struct ModelEntity {
  TextSpan span;                         // from its first word's start to its last word's end
  EntityType type = EntityType::kOther;  // PER -> person, ORG -> organization, LOC -> place,
                                         // NORP -> group
  std::string_view label;  // the recogniser's type as it names it ("PER"; owned by the model)
  uint32_t sentence = 0;
  uint32_t word_begin = 0;  // range in AnnotatedDoc::words
  uint32_t word_end = 0;
};

// Fills doc->words and every sentence's [word_begin, word_end) (doc->tokens and
// doc->sentences must be set: Tokenize), and appends the recogniser's names to *entities in
// text order.
void AnnotateSyntax(const nlp::Linguistics& models, AnnotatedDoc* doc,
                    std::vector<ModelEntity>* entities);

}  // namespace corroborate
