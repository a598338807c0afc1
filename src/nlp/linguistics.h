// The trained models the pipeline runs, loaded together: tagger + lemmatiser, dependency
// parser, named-entity recogniser and the place-name table (models/tagger.bin, parser.bin,
// ner.bin, places.bin; reconcile/ uses the last to join other names of one place). Loaded once per
// run and shared read-only by every worker thread (each model is immutable once loaded).
// analyze/syntax.h runs them over an article; `corroborate annotate` prints what they find.
#pragma once

#include <optional>
#include <string>

#include "core/status.h"
#include "nlp/lexicon.h"
#include "nlp/ner.h"
#include "nlp/parser.h"
#include "nlp/place_names.h"
#include "nlp/sentence_model.h"
#include "nlp/tagger.h"

namespace corroborate::nlp {

class Linguistics {
 public:
  // Reads the four models from models_dir_option (a --models value; empty = FindModelsDir's
  // default places). An error names the file and what is wrong with it ("models/ner.bin: not
  // found (build it with `corroborate train ner`)", "…: checksum mismatch (file corrupt)").
  static Result<Linguistics> Load(const std::string& models_dir_option = "");

  const Tagger& tagger() const { return tagger_; }
  const Parser& parser() const { return parser_; }
  const EntityRecognizer& ner() const { return ner_; }
  const PlaceNames& places() const { return places_; }
  // The sentence-boundary classifier (sentences.bin), optional: null when the directory has
  // none, and then the rule splitter's sentences stand (analyze/model_sentences.h).
  const SentenceModel* sentences() const { return sentences_ ? &*sentences_ : nullptr; }
  // The word-sense lexicon (lexicon.bin), optional: null when the directory has none, and then
  // claims compare by their words alone (reconcile/semantic_features.h).
  const Lexicon* lexicon() const { return lexicon_ ? &*lexicon_ : nullptr; }
  const std::string& dir() const { return dir_; }  // where the models were read from

 private:
  std::string dir_;
  Tagger tagger_;
  Parser parser_;
  EntityRecognizer ner_;
  PlaceNames places_;
  std::optional<SentenceModel> sentences_;
  std::optional<Lexicon> lexicon_;
};

}  // namespace corroborate::nlp
