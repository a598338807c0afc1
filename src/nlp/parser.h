// Labelled dependency parser for English (Universal Dependencies basic trees, full relation
// names such as "nsubj:pass"): greedy transition-based parsing (arc-hybrid by default, or
// arc-eager; parser_transitions.h) scored by an averaged perceptron over Zhang & Nivre (2011)
// style features (parser_features.h), trained with a dynamic oracle and exploration (Goldberg
// & Nivre 2012, 2013). Needs part-of-speech tags: gold ones, or the Tagger's (tagger.h).
// Model file kind "parser" (nlp/model_file.h).
// Cost: at most 2n transitions for n words, each a fixed number of feature lookups: linear in
// the sentence length, with no allocation once the ParsedSentence buffers have grown.
// Thread-safety: a loaded Parser is immutable; Parse() may run on many threads at once, each
// with its own ParsedSentence.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/status.h"
#include "nlp/conllu.h"
#include "nlp/model_file.h"
#include "nlp/parser_features.h"
#include "nlp/parser_transitions.h"

namespace corroborate::nlp {

class Tagger;
struct TaggedSentence;
struct SentenceTags;

// One sentence to parse: its words and their tags (one per word; empty spans when unknown).
struct ParserInput {
  std::span<const std::string_view> words;
  std::span<const std::string_view> upos;
  std::span<const std::string_view> xpos;
};

// The tree of one sentence, plus scratch space reused between calls.
struct ParsedSentence {
  std::vector<int32_t> heads;             // per word: 1-based head word, 0 = the root
  std::vector<uint16_t> label_ids;        // index into Parser::labels()
  std::vector<std::string_view> deprels;  // "nsubj", "obl:tmod" … (owned by the Parser)

  // Scratch (not output).
  ParseState state;
  std::vector<ParserToken> tokens;
  std::vector<float> scores;
};

struct ParserTrainOptions {
  int epochs = 12;
  uint64_t seed = 1;
  bool quiet = false;
  TransitionKind system = TransitionKind::kArcHybrid;
  // Lift non-projective training arcs (parser_tree.h); else train on the trees as they are,
  // following the least-cost transitions.
  bool projectivize = true;
  // From this epoch on (1-based), follow the model's own wrong transitions with probability
  // explore_probability, so it learns to recover from its mistakes.
  int explore_from_epoch = 2;
  double explore_probability = 0.9;
  // Averaged weights smaller than this are dropped from the model (most rare features end up
  // with tiny weights): a smaller, faster model for a little accuracy.
  double prune_below = 0;
  // Features seen fewer times than this on the training trees' oracle paths are never learnt
  // (1 keeps all): a smaller model and less memory in training.
  uint32_t min_feature_count = 1;
  // Tags to train with instead of the gold ones, one entry per training sentence (e.g.
  // jackknifed tagger output, parser_tags.h); nullptr trains with the gold tags.
  const std::vector<SentenceTags>* train_tags = nullptr;
  // The tagger whose tags the dev set is parsed with to choose the epoch (nullptr: gold tags).
  const Tagger* dev_tagger = nullptr;
};

class Parser {
 public:
  Parser();
  ~Parser();
  Parser(Parser&&) noexcept;
  Parser& operator=(Parser&&) noexcept;

  // Reads models/parser.bin (or any path); errors name the file and what is wrong.
  static Result<Parser> Load(const std::string& path);
  static Result<Parser> FromModelFile(const ModelFile& file);

  // Trains on `train`, choosing the epoch by labelled attachment (full relation) on `dev`
  // (see ParserTrainOptions for the tags of each).
  static Result<Parser> Train(const std::vector<ConlluSentence>& train,
                              const std::vector<ConlluSentence>& dev,
                              const ParserTrainOptions& options);

  // Serialises the model (with `meta` key-value pairs, e.g. the training command).
  std::string Serialize(const std::vector<std::pair<std::string, std::string>>& meta) const;
  Status Save(const std::string& path,
              const std::vector<std::pair<std::string, std::string>>& meta) const;

  // Parses one sentence (any number of words, any UTF-8). The result is always a tree: one
  // word attached to the root, every other word to a word, no cycle.
  void Parse(const ParserInput& input, ParsedSentence* out) const;
  // The same with the tagger's output as tags.
  void Parse(std::span<const std::string_view> words, const TaggedSentence& tags,
             ParsedSentence* out) const;

  const std::vector<std::string>& labels() const;
  TransitionKind system() const;
  size_t num_features() const;  // rows of the linear model
  size_t num_weights() const;

 private:
  struct Impl;
  static Parser FromImpl(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

// Attachment scores against gold trees (gold tokenisation; every word counts, punctuation too,
// as in the CoNLL 2018 evaluation).
struct ParserScores {
  size_t words = 0;
  size_t sentences = 0;
  size_t head_correct = 0;       // UAS
  size_t label_correct = 0;      // LAS with the full relation ("nsubj:pass")
  size_t universal_correct = 0;  // LAS on the universal part ("nsubj"), as conll18_ud_eval.py
  size_t upos_correct = 0;       // of the tags the parser was given
  double seconds = 0;            // CPU time of tagging (if any) and parsing, one thread
  double uas() const { return words ? static_cast<double>(head_correct) / words : 0; }
  double las() const { return words ? static_cast<double>(label_correct) / words : 0; }
  double las_universal() const {
    return words ? static_cast<double>(universal_correct) / words : 0;
  }
  double upos() const { return words ? static_cast<double>(upos_correct) / words : 0; }
};

// Parses every gold sentence with gold tags (tagger == nullptr) or the tagger's tags.
ParserScores EvaluateParser(const Parser& parser, const std::vector<ConlluSentence>& gold,
                            const Tagger* tagger = nullptr);

}  // namespace corroborate::nlp
