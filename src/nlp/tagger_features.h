// Feature extraction for the part-of-speech tagger: per sentence, the features that depend only
// on the words (word, affixes, shape, neighbours, tags seen with the word in training) are
// hashed once per token; the ones on the previous predicted tags are added as tagging proceeds.
// Thread-safety: pure functions of their inputs.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/clusters.h"
#include "nlp/perceptron.h"

namespace corroborate::nlp {

// Lowercase (ASCII) with every digit mapped to '0': "Nov.", "1990s" -> "nov.", "0000s".
std::string NormalizeWord(std::string_view word);

// Character classes with runs collapsed: "McDonald's" -> "XxXx'x", "3.5" -> "d.d".
std::string WordShape(std::string_view word);

// Which UPOS tags each (normalised) word was seen with in training, as a bit mask (bits
// 0-23), and how often it was capitalised away from the start of a sentence (bits 24-25: never,
// rarely, often, almost always), which tells names from common words in titles.
inline constexpr uint32_t kMaxLexiconTags = 24;
inline constexpr uint32_t kTagBits = (1u << kMaxLexiconTags) - 1;
class TagLexicon {
 public:
  // capitalised: -1 at the start of a sentence (not counted), else 0 or 1.
  void Add(std::string_view normalized, uint32_t tag, int capitalised);
  // Keeps the words seen at least min_count times; call once after the last Add.
  void Finish(uint32_t min_count);
  uint32_t Mask(std::string_view normalized) const;  // 0 when unknown

  void Save(std::string_view section, ModelWriter* writer) const;
  Status Load(const ModelFile& file, std::string_view section);

 private:
  FeatureIndex index_;
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> masks_;
  std::vector<uint32_t> counts_;    // training only
  std::vector<uint32_t> inner_;     // occurrences not at a sentence start (training only)
  std::vector<uint32_t> capitals_;  // of which capitalised (training only)
};

// The words of a sentence prepared for feature extraction.
struct SentenceFeatures {
  std::vector<std::string> normalized;  // NormalizeWord per word
  std::vector<std::string> shapes;
  std::vector<uint32_t> masks;              // TagLexicon tag bits per word
  std::vector<uint8_t> capitals;            // TagLexicon capitalisation bucket per word
  std::vector<uint32_t> clusters;           // WordClusters::Path per word (with clusters)
  std::vector<std::vector<uint64_t>> word;  // static feature keys per word
};

// Fills *f for words (reusing its buffers). clusters (may be null): adds the prefixes of the
// Brown cluster paths (kClusterPrefixBits) of the word and its neighbours at -1 and +1.
void ExtractWordFeatures(std::span<const std::string_view> words, const TagLexicon& lexicon,
                         SentenceFeatures* f, const WordClusters* clusters = nullptr);

// Cluster path prefix lengths the features use (Koo et al. 2008 used 4, 6 and the full path).
inline constexpr uint32_t kClusterPrefixBits[] = {4, 6, 10, 20};

// keys = static keys of word i + the keys on the two previous tags (kNoTag before the start).
inline constexpr uint32_t kNoTag = 0xFFFF;
void AddTagFeatures(const SentenceFeatures& f, size_t i, uint32_t prev1, uint32_t prev2,
                    std::vector<uint64_t>* keys);

// Extra keys for the second pass, which sees the first pass's tags on both sides (hints[j] is
// the first-pass UPOS of word j): what follows a word is what the first pass cannot use.
void AddHintFeatures(const SentenceFeatures& f, size_t i, const uint16_t* hints,
                     std::vector<uint64_t>* keys);

// Keys for the XPOS model, which refines the chosen UPOS ("VERB" -> "VBD"): the UPOS alone and
// with the word, its endings, its neighbours and the previous UPOS.
void XposFeatures(const SentenceFeatures& f, size_t i, uint32_t upos, uint32_t prev_upos,
                  std::vector<uint64_t>* keys);

}  // namespace corroborate::nlp
