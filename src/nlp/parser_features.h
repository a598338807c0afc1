// Feature extraction for the greedy dependency parser, after Zhang & Nivre (2011): words and
// tags of the stack and buffer fronts, of their heads and left/right-most dependents, their
// labels, the distance between s0 and b0, valencies and the sets of labels already attached.
// Words are hashed once per sentence (lowercased, digits folded to 0), tags by their string,
// so the model needs no vocabulary and takes any tag set; each configuration then costs a
// fixed number of integer hashes, with no allocation.
// Thread-safety: pure functions of their inputs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "nlp/parser_transitions.h"

namespace corroborate::nlp {

// The hashed attributes of one token. A sentence of n words has n + 2 of them: ROOT at 0, the
// words at 1..n, and at n + 1 a stand-in for positions that do not exist ("no s2").
struct ParserToken {
  uint64_t word = 0;
  uint64_t xpos = 0;
  uint64_t upos = 0;
};

// The most keys ExtractParserFeatures writes.
inline constexpr size_t kMaxParserFeatures = 96;

// Hash of the word as the features see it: ASCII lowercased, every digit as '0'.
uint64_t ParserWordHash(std::string_view word);

// Fills tokens (n + 2 entries, see ParserToken) for the words and their tags. upos and xpos
// have one entry per word or are empty (then every word has the tag "_").
void PrepareParserTokens(std::span<const std::string_view> words,
                         std::span<const std::string_view> upos,
                         std::span<const std::string_view> xpos, std::vector<ParserToken>* tokens);

// Writes the feature keys of state s into keys (room for kMaxParserFeatures); returns how many.
size_t ExtractParserFeatures(TransitionKind kind, const ParseState& s,
                             std::span<const ParserToken> tokens, uint64_t* keys);

}  // namespace corroborate::nlp
