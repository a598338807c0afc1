// Sentence splitter for one line (paragraph) of cleaned news text. Candidate boundaries come
// from ICU's sentence BreakIterator ("en@ss=standard", which suppresses breaks after common
// abbreviations); news-specific fixes then drop or add boundaries: titles and months before a
// name or number ("Gen. Smith", "Nov. 20"), initials ("J. R. Smith"), "U.S." before a new
// sentence ("… in the U.S. The …"), and "?"/"!" inside a quote followed by lowercase ("“Why?”
// he asked."). A closing quote after the final period belongs to its sentence. Sentences never
// cross a line break; a line that is a single sentence without final punctuation is a heading.
// With the trained models, analyze/model_sentences.h then re-decides each line's sentences.
// Cost: O(line length). Thread-safety: the ICU iterator is cached per thread (thread_local).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "model/annotated_doc.h"

namespace corroborate {

// Appends to doc->sentences the sentences of text[line_begin, line_end), whose tokens are
// doc->tokens[first_token, end) (already appended by the tokenizer).
void SplitLineIntoSentences(std::string_view text, size_t line_begin, size_t line_end,
                            uint32_t paragraph, size_t first_token, AnnotatedDoc* doc);

// Appends to *out the sentences of one line whose tokens are tokens[first_token, end_token),
// a new one starting at each token i with starts[i - first_token] set (starts[0] is ignored).
// A line left as one short sentence without final punctuation is marked a heading.
void AppendLineSentences(std::string_view text, const std::vector<Token>& tokens,
                         size_t first_token, size_t end_token, const std::vector<uint8_t>& starts,
                         uint32_t paragraph, std::vector<Sentence>* out);

// True for capitalized words that commonly start an English sentence and are not names
// ("The", "However", "Meanwhile", "He" …). Case as written.
bool IsSentenceStarter(std::string_view word);

}  // namespace corroborate
