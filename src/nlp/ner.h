// Named-entity recogniser for English: PER, ORG and LOC as Universal NER annotates them, plus
// NORP (nationalities: "Kenyan", "South Koreans") from the gazetteer's demonyms.
// PER/ORG/LOC: greedy left-to-right BILOU tagging (ner_tags.h) by an averaged perceptron
// (Collins 2002; Ratinov & Roth 2009 for the tag scheme and features) over word, affix, shape,
// casing, neighbour, part-of-speech, gazetteer and name-part cue features (ner_features.h,
// ner_cues.h), and the two previous predicted tags; decoding only takes tags that may follow the
// previous one, so the output is always well-formed spans. NORP: a word (or words) the gazetteer
// knows as a demonym, capitalised and outside every other entity; no open corpus labels
// nationalities in UNER's style, so this part is a lookup, not learnt. The model file (kind "ner")
// is self-contained: weights, entity types, the hashed gazetteer, the casing lexicon and the cue
// lexicon. A model trained with POS features (uses_pos()) needs the tagger's tags (tagger.h) at run
// time: without them it still runs safely but finds mostly noise; a model trained with `--no-pos`
// needs no tagger. Cost: O(words) per sentence (a fixed number of feature lookups per word), no
// allocation once the RecognizedSentence buffers have grown. Thread-safety: a loaded
// EntityRecognizer is immutable; Recognize() may run on many threads at once, each with its own
// RecognizedSentence.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"
#include "nlp/gazetteer.h"
#include "nlp/model_file.h"
#include "nlp/ner_data.h"
#include "nlp/ner_features.h"
#include "nlp/ner_tags.h"
#include "nlp/tagger_features.h"

namespace corroborate::nlp {

class Tagger;
struct TaggedSentence;

// The entities of one sentence, plus scratch space reused between calls.
struct RecognizedSentence {
  std::vector<EntitySpan> entities;  // in word order; type indexes EntityRecognizer::types()
  std::vector<uint16_t> tags;        // the BILOU tag of each word (PER/ORG/LOC only)

  // Scratch (not output).
  NerSentenceFeatures features;
  std::vector<uint64_t> keys;
  std::vector<float> scores;
};

struct NerTrainOptions {
  int epochs = 12;
  uint64_t seed = 1;
  bool quiet = false;
  // Averaged weights smaller than this are dropped (smaller, faster model).
  double prune_below = 0;
  bool norp = true;  // add the demonym lookup as type NORP
  // This share of the training documents is added again in lowercase, so names are still
  // found in text written without capitals (chat, e-mail, search queries; Mayhew et al. 2019).
  double lowercase_share = 0;  // 0.3 measured: dev F1 65.9 -> 65.6, so off
};

// What training needs besides the sentences.
struct NerTrainResources {
  Gazetteer gazetteer;
  TagLexicon casing;               // BuildCasingLexicon
  bool use_cues = false;           // name-part cue features (ner_cues.h) from `cues`
  TagLexicon cues;                 // BuildNerCueLexicon
  bool use_clusters = false;       // word cluster features (clusters.h) from `clusters`
  WordClusters clusters;
  const Tagger* tagger = nullptr;  // POS features when set
};

// The casing lexicon from running text: per lowercased word, how often it is capitalised away
// from the start of a sentence (words seen at least min_count times).
TagLexicon BuildCasingLexicon(const std::vector<std::vector<std::string>>& sentences,
                              uint32_t min_count);

struct NerResourceOptions {
  uint32_t min_population = 15000;  // gazetteer: GeoNames places at least this big
  uint32_t casing_min_count = 2;    // casing lexicon: words seen at least this often
  bool cues = true;                 // name-part cues from the training spans (ner_cues.h)
  uint32_t cue_min_names = 2;       // a cue plays its part in at least this many names
};

// The casing lexicon from the training sentences' words and the gazetteer from gazetteer_dir
// (gazetteer_sources.h; one-word place names the lexicon knows as mostly lowercase words are
// left out). Appends what was read to provenance. The tagger is left for the caller to set.
Result<NerTrainResources> BuildNerResources(
    const std::vector<NerSentence>& train, const std::string& gazetteer_dir,
    const NerResourceOptions& options,
    std::vector<std::pair<std::string, std::string>>* provenance);

class EntityRecognizer {
 public:
  EntityRecognizer();
  ~EntityRecognizer();
  EntityRecognizer(EntityRecognizer&&) noexcept;
  EntityRecognizer& operator=(EntityRecognizer&&) noexcept;

  // Reads models/ner.bin (or any path); errors name the file and what is wrong.
  static Result<EntityRecognizer> Load(const std::string& path);
  static Result<EntityRecognizer> FromModelFile(const ModelFile& file);

  // Trains on `train`, choosing the epoch by entity F1 on `dev`.
  static Result<EntityRecognizer> Train(const std::vector<NerSentence>& train,
                                        const std::vector<NerSentence>& dev,
                                        NerTrainResources resources,
                                        const NerTrainOptions& options);

  // Serialises the model (with `meta` key-value pairs, e.g. the training command).
  std::string Serialize(const std::vector<std::pair<std::string, std::string>>& meta) const;
  Status Save(const std::string& path,
              const std::vector<std::pair<std::string, std::string>>& meta) const;

  // Finds the entities of one sentence of words (any UTF-8, any length). upos/xpos: the
  // tagger's tags, one per word, or empty spans. memory: what was found in the document's
  // earlier sentences (updated with this one); Clear() it at each new document; null for a
  // sentence on its own.
  void Recognize(std::span<const std::string_view> words, std::span<const std::string_view> upos,
                 std::span<const std::string_view> xpos, NerDocumentMemory* memory,
                 RecognizedSentence* out) const;
  // The same with the tagger's output.
  void Recognize(std::span<const std::string_view> words, const TaggedSentence& tags,
                 NerDocumentMemory* memory, RecognizedSentence* out) const;

  const std::vector<std::string>& types() const;  // "PER", "ORG", "LOC" [, "NORP"]
  bool uses_pos() const;  // trained with POS features: pass the tagger's tags
  size_t num_features() const;
  size_t num_weights() const;
  size_t num_gazetteer_names() const;

  struct Impl;

 private:
  static EntityRecognizer FromImpl(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Exact-span entity scores (CoNLL style) per type and micro-averaged over the gold types.
struct NerTypeScores {
  std::string type;
  size_t gold = 0, predicted = 0, correct = 0;
  double precision() const { return predicted ? static_cast<double>(correct) / predicted : 0; }
  double recall() const { return gold ? static_cast<double>(correct) / gold : 0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0;
  }
};
struct NerScores {
  std::vector<NerTypeScores> types;  // NerCorpusTypes() order
  NerTypeScores overall;             // micro average over those types
  size_t sentences = 0, words = 0;
  double seconds = 0;  // CPU time of tagging (if any) and recognition, one thread
};

// Runs the recogniser (with the tagger's tags when tagger is set and the model uses POS) on
// gold sentences, document by document, and scores PER/ORG/LOC; predictions of other types
// (NORP) are not scored.
NerScores EvaluateNer(const EntityRecognizer& recognizer, const std::vector<NerSentence>& gold,
                      const Tagger* tagger = nullptr);

}  // namespace corroborate::nlp
