// A compact gazetteer for the entity recogniser: names of places, countries, regions and
// nationalities (gazetteer_sources.h builds it from GeoNames and world-countries), stored as a
// set of 64-bit hashes of their lowercased words, so the model file carries it without the
// names themselves (~9 bytes a name) and lookups never touch strings.
// A sentence is matched greedily from the left, longest name first, and each matched word
// gets its position in the name (B, I, L, U, as the entity tags) for every kind of that name
// ("Georgia" is a country and a region); the recogniser turns the marks into features.
// Cost: Mark is O(words x kMaxGazetteerWords) hash probes. Thread-safety: immutable after
// Load; Mark is const.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "nlp/model_file.h"
#include "nlp/perceptron.h"

namespace corroborate::nlp {

enum class GazetteerKind : uint8_t { kCity = 0, kCountry = 1, kRegion = 2, kDemonym = 3 };
inline constexpr uint32_t kNumGazetteerKinds = 4;
inline constexpr size_t kMaxGazetteerWords = 6;

// Bit (4 * kind + part) of a word's marks, part as BilouPart (B=0, I=1, L=2, U=3).
inline uint16_t GazetteerMarkBit(GazetteerKind kind, int part) {
  return static_cast<uint16_t>(1u << (4 * static_cast<uint32_t>(kind) + part));
}

// The words of a name as our tokenizer would split it: on spaces, with commas, brackets and a
// final "'s" split off ("Martha's Vineyard" -> Martha 's Vineyard). Lowercased (NormalizeWord).
std::vector<std::string> GazetteerNameWords(std::string_view name);

class Gazetteer {
 public:
  // Adds a name of the given kind; names of more than kMaxGazetteerWords words are ignored.
  // A name with hyphens is also added with them split off ("Winston - Salem").
  void Add(std::string_view name, GazetteerKind kind);
  // Adds already split, normalised words.
  void AddWords(std::span<const std::string> words, GazetteerKind kind);

  size_t num_names() const { return names_; }
  size_t num_entries() const { return keys_.size(); }  // names and name prefixes
  bool Contains(std::span<const std::string> normalized_words, GazetteerKind kind) const;

  // marks[i] = GazetteerMarkBit bits of word i (normalized by NormalizeWord).
  void Mark(std::span<const std::string> normalized, std::vector<uint16_t>* marks) const;

  // Sections "<prefix>.keys" and "<prefix>.flags".
  void Save(std::string_view prefix, ModelWriter* writer) const;
  Status Load(const ModelFile& file, std::string_view prefix);

 private:
  static constexpr uint8_t kContinues = 0x80;  // a longer name starts with these words
  int32_t Entry(uint64_t key);

  FeatureIndex index_;
  std::vector<uint64_t> keys_;  // in insertion order (deterministic files)
  std::vector<uint8_t> flags_;  // kind bits (1 << kind) | kContinues
  size_t names_ = 0;
};

}  // namespace corroborate::nlp
