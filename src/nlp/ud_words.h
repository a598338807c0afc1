// Splits a surface token into the syntactic words of UD English, which the tagger, parser and
// recogniser were trained on: contractions ("don't" -> "do" "n't", "We're" -> "We" "'re",
// "cannot" -> "can" "not", "gonna" -> "gon" "na"). analyze/'s tokenizer keeps them whole for
// the rest of the pipeline; annotate and the models see the words. Every word is a byte range
// inside the token, so offsets stay exact.
// Thread-safety: pure function.
#pragma once

#include <cstddef>
#include <string_view>
#include <utility>
#include <vector>

namespace corroborate::nlp {

// Appends the [begin, end) byte ranges (relative to token) of token's words to *words; a token
// that is one word gives one range.
void SplitUdWords(std::string_view token, std::vector<std::pair<size_t, size_t>>* words);

}  // namespace corroborate::nlp
