// The parser's model as parser.cc, parser_train.cc and parser_eval.cc share it (internal to the
// nlp module; users include nlp/parser.h).
// Thread-safety: immutable once built; Run() is const and keeps its state in its arguments.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "nlp/parser.h"
#include "nlp/perceptron.h"

namespace corroborate::nlp {

struct Parser::Impl {
  TransitionKind kind = TransitionKind::kArcHybrid;
  std::vector<std::string> labels;
  uint32_t root_label = 0;
  LinearModel model;

  TransitionSystem System() const {
    return TransitionSystem(kind, static_cast<uint32_t>(labels.size()), root_label);
  }
  // Greedy parse of n words whose tokens are prepared: leaves the tree in *state.
  void Run(int32_t n, std::span<const ParserToken> tokens, ParseState* state,
           std::vector<float>* scores) const;
};

}  // namespace corroborate::nlp
