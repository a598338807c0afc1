// Lemmatiser: (form, UPOS) -> lemma. Known pairs are looked up in a lexicon built from the
// training data; other words get an edit script ("lowercase, strip 3 bytes, append 'y'";
// UD English capitalises the lemma of a proper noun written in lowercase)
// chosen by an averaged perceptron from the word's ending, shape and UPOS. The lexicon stores
// script ids keyed by a hash of (form, UPOS), so it holds no strings.
// Thread-safety: immutable after Train/Load; Lemmatize is const.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/conllu.h"
#include "nlp/perceptron.h"

namespace corroborate::nlp {

// How to turn a form into its lemma.
struct EditScript {
  enum Casing : uint8_t { kKeep = 0, kLower = 1, kCapitalize = 2 };
  uint8_t casing =
      kKeep;           // applied to the form first (ASCII): "The" -> "the", "kerala" -> "Kerala"
  uint32_t strip = 0;  // bytes removed from the end
  std::string append;  // then appended
  bool operator==(const EditScript&) const = default;
};

// The script that turns form into lemma (identity when they are equal).
EditScript ScriptFor(std::string_view form, std::string_view lemma);
// Applies a script; the form itself when the script does not fit (too short, would split a
// UTF-8 sequence).
std::string ApplyScript(const EditScript& script, std::string_view form);

class Lemmatizer {
 public:
  // Learns the lexicon and the script classifier from gold (form, UPOS, lemma) triples.
  // upos_labels gives the index of each UPOS string.
  void Train(const std::vector<ConlluSentence>& sentences,
             const std::vector<std::string>& upos_labels, uint64_t seed);

  std::string Lemmatize(std::string_view form, uint32_t upos) const;

  void Save(ModelWriter* writer) const;
  Status Load(const ModelFile& file, uint32_t num_upos);

 private:
  uint32_t ScriptId(std::string_view form, uint32_t upos) const;

  std::vector<EditScript> scripts_;
  FeatureIndex lexicon_index_;  // hash of (form, UPOS) -> entry
  std::vector<uint64_t> lexicon_keys_;
  std::vector<uint16_t> lexicon_scripts_;
  LinearModel classifier_;  // classes = indices into scripts_
  uint32_t num_upos_ = 0;
};

}  // namespace corroborate::nlp
