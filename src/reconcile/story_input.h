// What reconcile/ works on: one story's analyzed articles and their sourcing.
#pragma once

#include <cstdint>
#include <vector>

#include "model/account.h"
#include "model/annotated_doc.h"

namespace corroborate::nlp {
class Lexicon;
class PlaceNames;
}  // namespace corroborate::nlp

namespace corroborate {

struct StoryInput {
  std::vector<const AnnotatedDoc*> docs;  // the story's articles, in input order
  std::vector<uint32_t> article_index;    // docs[i] is Account::articles[article_index[i]]
  std::vector<Sourcing> sourcing;         // parallel to docs
  // Other names of places (models/places.bin), for joining "Kiev" and "Kyiv"; nullptr when
  // the models are not loaded. Not owned.
  const nlp::PlaceNames* places = nullptr;
  // Word senses (models/lexicon.bin), so paraphrases share features; nullptr when absent.
  const nlp::Lexicon* lexicon = nullptr;

  // Evidence for a span of docs[doc].
  Evidence At(size_t doc, TextSpan span) const { return {article_index[doc], span}; }
};

}  // namespace corroborate
