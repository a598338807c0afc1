// Part-of-speech tags for training the parser as it will run: with the tagger's tags, not the
// gold ones. Tags of training sentences come from jackknifing (each fold tagged by a tagger
// trained on the other folds), so they carry the errors the tagger makes on unseen text; a
// tagger trained on all of the data would tag its own training sentences almost perfectly.
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/status.h"
#include "nlp/conllu.h"
#include "nlp/tagger.h"

namespace corroborate::nlp {

struct SentenceTags {
  std::vector<std::string> upos;
  std::vector<std::string> xpos;
};

// Tags sentences with tagger.
std::vector<SentenceTags> TagSentences(const Tagger& tagger,
                                       const std::vector<ConlluSentence>& sentences);

// Splits train into `folds` consecutive blocks (neighbouring sentences share documents, so a
// block is unseen text for the others), trains a tagger on all blocks but one (choosing its
// epochs on dev) and tags that block with it. folds >= 2.
Result<std::vector<SentenceTags>> JackknifeTags(const std::vector<ConlluSentence>& train,
                                                const std::vector<ConlluSentence>& dev,
                                                uint32_t folds, const TaggerTrainOptions& options);

}  // namespace corroborate::nlp
