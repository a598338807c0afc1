// Part-of-speech tagger (UPOS and XPOS) and lemmatiser for English, trained on Universal
// Dependencies treebanks. UPOS: greedy left-to-right averaged perceptron (Collins 2002) over
// word, affix, shape and neighbour features, the tags each word had in training and how often
// it was capitalised, and the two previous predicted tags (with --clusters also Brown cluster
// path prefixes, clusters.h, stored in the model); optionally (--two-pass) a second
// pass that also sees the first pass's tags to the right, trained on jackknifed first-pass
// tags. XPOS: a small perceptron refining the chosen UPOS ("VERB" -> "VBD"). Lemmas: a lexicon
// of (form, UPOS) -> lemma from the training data, else an edit script (strip a suffix, append
// one, maybe lowercase) chosen by a third perceptron from the word's ending and UPOS.
// Model file kind "tagger" (nlp/model_file.h).
// Cost: O(words) per sentence. Thread-safety: a loaded Tagger is immutable; Tag() may run on
// many threads at once, each with its own TaggedSentence.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"
#include "nlp/clusters.h"
#include "nlp/conllu.h"
#include "nlp/model_file.h"

namespace corroborate::nlp {

// The output for one sentence, plus scratch space reused between calls.
struct TaggedSentence {
  std::vector<uint16_t> upos_ids;      // index into Tagger::upos_labels()
  std::vector<std::string_view> upos;  // "NOUN", "VERB" … (owned by the Tagger)
  std::vector<std::string_view> xpos;  // "NN", "VBD" … (owned by the Tagger)
  std::vector<std::string> lemmas;

  // Scratch (not output).
  std::vector<uint64_t> keys;
  std::vector<float> scores;
  std::vector<uint16_t> hints;  // first-pass tags
};

struct TaggerTrainOptions {
  int epochs = 10;
  bool two_pass = false;  // a second pass that sees first-pass tags on the right
  uint64_t seed = 1;
  bool quiet = false;
  // Word clusters for cluster-prefix features (copied into the model); null: none.
  const WordClusters* clusters = nullptr;
};

class Tagger {
 public:
  Tagger();
  ~Tagger();
  Tagger(Tagger&&) noexcept;
  Tagger& operator=(Tagger&&) noexcept;

  // Reads models/tagger.bin (or any path); errors name the file and what is wrong.
  static Result<Tagger> Load(const std::string& path);
  static Result<Tagger> FromModelFile(const ModelFile& file);

  // Trains on `train`, choosing the epoch by UPOS accuracy on `dev`.
  static Result<Tagger> Train(const std::vector<ConlluSentence>& train,
                              const std::vector<ConlluSentence>& dev,
                              const TaggerTrainOptions& options);

  // Serialises the model (with `meta` key-value pairs, e.g. the training command).
  std::string Serialize(const std::vector<std::pair<std::string, std::string>>& meta) const;
  Status Save(const std::string& path,
              const std::vector<std::pair<std::string, std::string>>& meta) const;

  // Tags one sentence of words (any UTF-8; words need not be valid).
  void Tag(std::span<const std::string_view> words, TaggedSentence* out) const;

  const std::vector<std::string>& upos_labels() const;
  const std::vector<std::string>& xpos_labels() const;

  struct Impl;  // public so training helpers in tagger.cc can use it; opaque elsewhere

 private:
  std::unique_ptr<Impl> impl_;
};

// Accuracy of a tagger against gold sentences (gold tokenisation).
struct TaggerScores {
  size_t words = 0;
  size_t upos_correct = 0;
  size_t xpos_correct = 0;
  size_t lemma_correct = 0;
  size_t upos_xpos_lemma_correct = 0;
  double upos() const { return words ? static_cast<double>(upos_correct) / words : 0; }
  double xpos() const { return words ? static_cast<double>(xpos_correct) / words : 0; }
  double lemma() const { return words ? static_cast<double>(lemma_correct) / words : 0; }
};
TaggerScores EvaluateTagger(const Tagger& tagger, const std::vector<ConlluSentence>& gold);

}  // namespace corroborate::nlp
