// Feature extraction for the entity recogniser (ner.h). Per sentence, the features that do not
// depend on predicted entity tags are hashed once per word: the word, its lowercase form,
// shape, affixes and neighbours (+-2), capitalisation (with the sentence's casing style, so a
// lowercase or all-caps sentence does not read as names), how often the word is capitalised
// in running text (a casing lexicon learnt from the training text, which tells "tampa" from
// "table" in lowercase writing), part-of-speech tags when the tagger's output is given, and
// gazetteer marks (gazetteer.h), and with a cue lexicon (ner_cues.h) the name-part cues of the
// word, its neighbours and its run of capitalised words, and with word clusters (clusters.h) the
// cluster path prefixes of the word and its neighbours. The features of the one or two
// previous predicted tags are added as decoding proceeds (AddNerTagFeatures).
// Thread-safety: pure functions of their inputs.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/clusters.h"
#include "nlp/gazetteer.h"
#include "nlp/tagger_features.h"

namespace corroborate::nlp {

// What the features look things up in (all owned by the recogniser).
struct NerResources {
  const Gazetteer* gazetteer = nullptr;  // may be null or empty
  const TagLexicon* casing = nullptr;    // may be null: casing lexicon (see NerCasingLexicon)
  // May be null: name-part cues (ner_cues.h). When set, the features also include the cues of
  // the word, its neighbours and its capitalised run, the run's first and last words, and the
  // lowercase word without a final period (models trained without cues keep their features).
  const TagLexicon* cues = nullptr;
  // May be null: word clusters (clusters.h). When set, the features also include the cluster
  // path prefixes of the word and its neighbours at -1 and +1, and of the word with its
  // capitalisation.
  const WordClusters* clusters = nullptr;
};

// Casing lexicon entries: TagLexicon with tag 0 for every occurrence, so a known word's mask
// has bit 0 set and its capitalisation bucket (never, rarely, often, almost always) in bits
// 24-25; 0 = unknown word.
inline uint32_t CasingBucket(uint32_t mask) { return mask == 0 ? 4 : mask >> kMaxLexiconTags; }

// What the recogniser found earlier in the same document, per word: the types it gave the
// word (as part of an entity) and how often it left it outside any, for words that are
// capitalised or in an entity. A name is usually introduced in full and unambiguously ("Daniel
// Bernoulli said") before its shorter or harder mentions ("Bernoulli's law"), so the earlier
// decision is strong evidence (Ratinov & Roth 2009, "prediction history").
class NerDocumentMemory {
 public:
  void Clear();
  // Records one decoded sentence: words (normalised) with their BILOU tags.
  void Remember(std::span<const std::string> normalized, std::span<const std::string_view> words,
                std::span<const uint16_t> tags);
  // 0 when the word was not seen; else 1 + the most frequent outcome (type index, 7 for
  // "outside"), + 16 when every earlier decision agreed.
  uint32_t Recall(std::string_view normalized) const;

 private:
  static constexpr uint32_t kOutside = 7;  // outcomes: types 0-6, then outside
  FeatureIndex index_;
  std::vector<std::array<uint16_t, kOutside + 1>> counts_;
};

// A sentence prepared for tagging (buffers reused across sentences).
struct NerSentenceFeatures {
  std::vector<std::string> normalized;       // NormalizeWord
  std::vector<std::string> shapes;           // WordShape
  std::vector<uint16_t> gazetteer;           // Gazetteer::Mark
  std::vector<uint8_t> casing;               // CasingBucket
  std::vector<uint32_t> history;             // NerDocumentMemory::Recall (0 without a memory)
  std::vector<uint32_t> cues;                // cue bits (ner_cues.h), with NerResources::cues
  std::vector<uint32_t> run_begin, run_end;  // CapitalisedRuns, with NerResources::cues
  std::vector<uint32_t> clusters;            // WordClusters::Path, with NerResources::clusters
  std::vector<uint64_t> keys;                // static keys of word i: [begin[i], begin[i + 1])
  std::vector<uint32_t> begin;
};

// Fills *f for the words; upos/xpos are the tagger's tags (empty spans: no POS features);
// memory (may be null) adds the document-level features.
void ExtractNerFeatures(std::span<const std::string_view> words,
                        std::span<const std::string_view> upos,
                        std::span<const std::string_view> xpos, const NerResources& resources,
                        const NerDocumentMemory* memory, NerSentenceFeatures* f);

// *keys = static keys of word i + keys on the previous two predicted tags (kNoPreviousTag
// before the sentence start).
void AddNerTagFeatures(const NerSentenceFeatures& f, size_t i, uint16_t prev1, uint16_t prev2,
                       std::vector<uint64_t>* keys);

// True when the word starts with an upper-case letter (ASCII, Latin-1, Latin Extended-A,
// Greek and Cyrillic capitals; enough for names in English text).
bool StartsWithCapital(std::string_view word);

}  // namespace corroborate::nlp
