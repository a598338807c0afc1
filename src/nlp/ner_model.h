// The entity recogniser's internals, shared by ner.cc (loading, decoding, scoring) and
// ner_train.cc (training); not for use outside them.
#pragma once

#include <string>
#include <vector>

#include "nlp/gazetteer.h"
#include "nlp/ner.h"
#include "nlp/perceptron.h"
#include "nlp/tagger_features.h"

namespace corroborate::nlp {

// Model file layout (kind "ner"):
//   ner.config    u32 feature version, u32 flags (1 = POS features, 2 = NORP lookup,
//                 4 = name-part cues, 8 = word clusters),
//                 u32 learnt types, then each type name as a string (learnt types + NORP)
//   ner.rows, ner.weights   the LinearModel over NumBilouTags(learnt types) classes
//   gaz.keys, gaz.flags     the Gazetteer
//   casing                  the casing lexicon (TagLexicon)
//   cues                    the name-part cue lexicon (TagLexicon, ner_cues.h), flag 4 only
//   clusters                the word clusters (clusters.h), flag 8 only
//   meta                    training command, data files and licences, scores
inline constexpr uint32_t kNerFeatureVersion = 1;
inline constexpr uint32_t kNerUsesPos = 1;
inline constexpr uint32_t kNerNorp = 2;
inline constexpr uint32_t kNerCues = 4;
inline constexpr uint32_t kNerClusters = 8;

struct EntityRecognizer::Impl {
  LinearModel model;
  std::vector<std::string> types;  // learnt types, then "NORP" when norp
  uint32_t learnt_types = 0;
  bool uses_pos = false;
  bool norp = false;
  Gazetteer gazetteer;
  TagLexicon casing;
  bool use_cues = false;
  TagLexicon cues;
  bool use_clusters = false;
  WordClusters clusters;

  NerResources resources() const {
    return {&gazetteer, &casing, use_cues ? &cues : nullptr, use_clusters ? &clusters : nullptr};
  }
  // Tags and finds the entities of one sentence with `weights` (the model, or a training
  // snapshot).
  void Decode(const LinearModel& weights, std::span<const std::string_view> words,
              std::span<const std::string_view> upos, std::span<const std::string_view> xpos,
              NerDocumentMemory* memory, RecognizedSentence* out) const;
};

// Exact-span counts of one sentence, added to scores (types: NerCorpusTypes() order);
// predicted[i].type indexes predicted_types.
void CountEntityMatches(std::span<const EntitySpan> gold, std::span<const EntitySpan> predicted,
                        const std::vector<std::string>& predicted_types, NerScores* scores);
// Fills scores->overall from scores->types.
void SumEntityScores(NerScores* scores);

}  // namespace corroborate::nlp
