// Word-level scanning of raw article text shared by FindQuantities, FindTimes and FindQuotes,
// plus the English number-word lexicon. These stages work on the text directly (not on
// AnnotatedDoc::tokens) so they run even when the tokenizer produced nothing; a "lex" here is a
// word ("Russia’s", "five-hour", "U.S."), a number ("1,200", "3.5", "04:53", "100bn") or one
// punctuation code point. Cost: O(n) per paragraph. Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/annotated_doc.h"

namespace corroborate::scan {

enum class LexKind : uint8_t { kWord, kNumber, kPunct };

struct Lex {
  uint32_t begin = 0;
  uint32_t end = 0;
  LexKind kind = LexKind::kPunct;
  uint32_t sentence = 0;  // index into the sentences the lexes were made for
};

// One line of the article (a paragraph, or the headline) as byte offsets.
struct Paragraph {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t index = 0;
};

std::vector<Paragraph> SplitParagraphs(std::string_view text);

// The sentences to attribute spans to: doc->sentences, or one per paragraph when the tokenizer
// has not run. Sorted by begin.
std::vector<Sentence> SentencesOrParagraphs(const AnnotatedDoc& doc);

// Index of the sentence containing byte offset pos (the last one starting at or before pos).
uint32_t SentenceAt(const std::vector<Sentence>& sentences, uint32_t pos);

// Lexes text[p.begin, p.end) and appends to *out; sentence indices are filled from sentences.
void LexParagraph(std::string_view text, const Paragraph& p, const std::vector<Sentence>& sentences,
                  std::vector<Lex>* out);

// Small helpers over lexes.
inline std::string_view Str(std::string_view text, const Lex& l) {
  return text.substr(l.begin, l.end - l.begin);
}
std::string LowerAscii(std::string_view s);
bool IsCapitalized(std::string_view word);  // first code point is an upper-case letter
bool IsAllDigits(std::string_view s);
bool IsPunct(std::string_view text, const Lex& l, std::string_view p);  // lex is exactly p
// Drops a trailing possessive "'s" / "’s" ("Tuesday’s" -> "Tuesday").
std::string_view StripPossessive(std::string_view word);

// Number words. Return -1 when the word is not one. Arguments are lower-case.
int CardinalWord(std::string_view w);  // "one".."nineteen", "twenty".."ninety", "twenty-eight"
int OrdinalWord(std::string_view w);   // "first".."twentieth", "thirtieth"…"ninetieth"
// "hundred" 100, "thousand" 1e3, "million"/"mn" 1e6, "billion"/"bn" 1e9, "trillion" 1e12;
// 0 when not a multiplier.
double MultiplierWord(std::string_view w);
// Month names as written: "December", "Dec", "Sept" (capitalized or upper case) -> 1..12;
// 0 otherwise. "May" and "March" are returned too: callers check the context.
int MonthWord(std::string_view word);
// Weekday names ("Tuesday", "Tue") -> 0 = Monday … 6 = Sunday; -1 otherwise.
int WeekdayWord(std::string_view word);
// Parses a digit string with separators ("1,200", "3.5"); false when it is not one.
bool ParseDigits(std::string_view s, double* value);

}  // namespace corroborate::scan
