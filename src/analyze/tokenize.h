// Tokenizer for cleaned news text: words, numbers, punctuation and symbols as byte spans into
// Article::text (no whitespace tokens). News-specific choices: hyphenated compounds ("five-hour",
// "U.S.-led") and dotted abbreviations ("U.S.", "a.m.", "Mr.", "Nov.") stay one token, the
// possessive "'s"/"’s" is its own token, URLs and e-mail addresses are one token, and curly
// quotes are punctuation. Tokenize() (declared in analyze.h) runs this and then the sentence
// splitter (analyze/sentences.h).
// Cost: one pass over the text, O(n). Thread-safety: pure functions, no shared state.
#pragma once

#include <string_view>
#include <vector>

#include "model/annotated_doc.h"

namespace corroborate {

// Appends the tokens of text[begin, end) (one line; offsets are absolute) to *out.
void TokenizeRange(std::string_view text, size_t begin, size_t end, std::vector<Token>* out);

// True for abbreviations that are written with a final period and normally precede a name or
// a number ("Mr.", "Gen.", "Nov.", "No."): a period after them does not end a sentence.
// word is the token without its final period, case as written.
bool IsLeadingAbbreviation(std::string_view word);

// True for any abbreviation the tokenizer keeps its final period on (the above plus "Inc",
// "Corp", "Jr", "etc" …).
bool IsKnownAbbreviation(std::string_view word);

}  // namespace corroborate
