// Trained sentence-boundary classifier: at each gap between two tokens of a line it decides
// whether a sentence ends there. Binary averaged perceptron (nlp/perceptron.h), greedy left to
// right, over the tokens around the gap (lowercase word and shape at ±3, punctuation), the
// capitalisation of the next word, the punctuation before the gap, whether there is a space,
// words before a period that training text shows to be abbreviations, the tokens since the
// last boundary and to the line's end, open brackets and quotes, and the rule splitter's own
// decision (analyze/sentences.h), so it learns where the rules go wrong rather than starting
// from nothing; deciding against the rules takes a score margin chosen on dev, so edited text,
// where the rules are right, keeps their sentences unless the model is sure. It sees tokens as
// text (analyze/model_sentences.h builds its input from the tokenizer's).
// Model file kind "sentences" (nlp/model_file.h), a few hundred KB.
// Cost: O(tokens) per line, ~30 feature probes per gap. Thread-safety: a loaded model is
// immutable; Decide() may run on many threads at once, each with its own SentenceScratch.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "core/status.h"
#include "nlp/model_file.h"
#include "nlp/perceptron.h"

namespace corroborate::nlp {

// One line of text as the classifier sees it. Entry i of every vector is about token i; a
// decision is made for every i >= 1 (the gap before token i). tokens, space_before and
// rule_start have one entry per token; gold_start too when training or evaluating.
struct SentenceLine {
  std::vector<std::string_view> tokens;
  std::vector<uint8_t> space_before;  // whitespace between token i - 1 and token i
  std::vector<uint8_t> rule_start;    // the rule splitter starts a sentence at token i
  std::vector<uint8_t> gold_start;    // training and evaluation only
  // 1: the tokenizer's list of abbreviations that precede a name or number ("Mr.", "Nov.",
  // "v."); 2: its other abbreviations ("Inc.", "etc."); 0 otherwise. May be empty (all 0).
  std::vector<uint8_t> abbreviation;
  void Clear() {
    abbreviation.clear();
    tokens.clear();
    space_before.clear();
    rule_start.clear();
    gold_start.clear();
  }
};

// Per-thread buffers for Decide(), reused across lines.
struct SentenceScratch {
  struct TokenInfo {
    uint64_t lower = 0;  // hash of the lowercased token
    uint64_t shape = 0;  // hash of its shape ("Xx", "d.d", "x.")
    uint8_t cls = 0;     // TokenClass in sentence_model.cc
    uint8_t abbrev = 0;  // abbreviation bucket of the word before a period (0 = none)
  };
  std::vector<TokenInfo> info;
  std::vector<uint64_t> keys;
};

struct SentenceTrainOptions {
  int epochs = 10;
  uint64_t seed = 1;
  bool quiet = false;
  double prune_below = 1.0;       // drop averaged weights smaller than this (smaller model)
  uint32_t abbrev_min_count = 3;  // words seen before a period this often enter the lexicon
  // Dev F1 given up for a larger margin before the model may override the rule splitter.
  double margin_cost = 0.002;
};

// Boundary precision / recall over the decided gaps.
struct SentenceGapScores {
  size_t gold = 0, predicted = 0, correct = 0;
  double f1() const {
    return gold + predicted ? 2.0 * static_cast<double>(correct) / (gold + predicted) : 0;
  }
};

class SentenceModel {
 public:
  static Result<SentenceModel> Load(const std::string& path);
  static Result<SentenceModel> FromModelFile(const ModelFile& file);

  // Trains on `train`, choosing the epoch by boundary F1 on `dev`.
  static Result<SentenceModel> Train(const std::vector<SentenceLine>& train,
                                     const std::vector<SentenceLine>& dev,
                                     const SentenceTrainOptions& options);

  std::string Serialize(const std::vector<std::pair<std::string, std::string>>& meta) const;
  Status Save(const std::string& path,
              const std::vector<std::pair<std::string, std::string>>& meta) const;

  // Sets (*starts)[i] for every token i >= 1 of line that starts a sentence; (*starts)[0] = 1.
  void Decide(const SentenceLine& line, SentenceScratch* scratch,
              std::vector<uint8_t>* starts) const;

  size_t num_weights() const { return model_.num_weights(); }
  size_t num_abbreviations() const { return abbreviations_.size(); }

 private:
  void Prepare(const SentenceLine& line, SentenceScratch* scratch) const;

  LinearModel model_;
  float override_margin_ = 0;  // score margin needed to decide against the rule splitter
  // Lowercased word (hash) -> bucket of how often a period after it ended a sentence in
  // training: 1 rarely … 4 mostly.
  std::unordered_map<uint64_t, uint8_t> abbreviations_;
};

SentenceGapScores EvaluateSentenceModel(const SentenceModel& model,
                                        const std::vector<SentenceLine>& lines);

}  // namespace corroborate::nlp
