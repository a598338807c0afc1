// The word-sense lexicon (models/lexicon.bin): for an English word, a few concept ids — the
// WordNet synsets of its most frequent senses, the synsets its senses are derivationally
// related to across parts of speech ("capture" the noun and the verb, "absence"/"absent",
// "meeting"/"meet") and, optionally, a verb sense's direct hypernym — so that two outlets'
// paraphrases ("resigned"/"stepped down", "revised"/"updated") share a feature. Built by
// `corroborate train lexicon` from WordNet 3.0 (lexicon_build.h); irregular forms ("took",
// "children") are keys of their own carrying their base form's concepts.
//
// Words are stored as 64-bit hashes (LexiconKeyHash), so the file holds no word text, and
// concept ids are dense (0..num_concepts-1): no synset offsets either.
// Lookup (Concepts) tries the word as given, then WordNet's regular detachments ("talks" ->
// "talk", "revised" -> "revise", "meetings" -> "meeting"), the first form known winning.
//
// Layout: sections "lexicon.keys" (u64, sorted, unique), "lexicon.begin" (u32 per key plus one:
// where the key's concepts start in "lexicon.concepts"), "lexicon.concepts" (u32 concept ids,
// below the meta value "concepts"). Load checks order, bounds and ids.
// Cost: Find is a binary search (O(log keys)); Load is one read plus array copies.
// Thread-safety: immutable after Load.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"
#include "nlp/model_file.h"

namespace corroborate::nlp {

inline constexpr char kLexiconKind[] = "lexicon";

// The 64-bit hash a word is stored under (FNV-1a of its lowercase UTF-8 bytes).
uint64_t LexiconKeyHash(std::string_view word);

class Lexicon {
 public:
  // Builder: the concepts of a word, in order of preference (duplicates are dropped; a word
  // added twice keeps the union, first list first). Call Finish before lookups or Save.
  void Add(std::string_view word, const std::vector<uint32_t>& concepts);
  // Sorts the keys and caps each word at max_concepts (first ones kept).
  void Finish(size_t max_concepts);

  // The concepts of exactly this word (lowercase); empty when unknown.
  std::span<const uint32_t> Find(std::string_view word) const;
  // Find, else the first of WordNet's regular detachments of word that is known. With a
  // particle, the two-word verb: ("stepped", "down") finds "step down".
  std::span<const uint32_t> Concepts(std::string_view word, std::string_view particle = "") const;

  size_t num_words() const { return keys_.size(); }
  size_t num_concepts() const { return num_concepts_; }
  bool empty() const { return keys_.empty(); }

  std::string Serialize(const std::vector<std::pair<std::string, std::string>>& meta) const;
  Status Save(const std::string& path,
              const std::vector<std::pair<std::string, std::string>>& meta) const;
  static Result<Lexicon> Load(const std::string& path);
  static Result<Lexicon> FromModelFile(const ModelFile& file);

 private:
  std::vector<uint64_t> keys_;   // sorted, unique
  std::vector<uint32_t> begin_;  // keys_.size() + 1 offsets into concepts_
  std::vector<uint32_t> concepts_;
  uint32_t num_concepts_ = 0;  // 1 + the largest id
  // Builder state, emptied by Finish.
  std::vector<std::pair<uint64_t, std::vector<uint32_t>>> pending_;
};

}  // namespace corroborate::nlp
