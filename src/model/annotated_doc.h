// AnnotatedDoc: what analyze/ finds in one Article. Everything is a byte span into
// Article::text (never a copied string), as in spaCy's Doc; render/ converts to code points.
// Built by one thread per article; read-only afterwards.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/article.h"
#include "model/date.h"

namespace corroborate {

// Half-open byte range [begin, end) into an article's text.
struct TextSpan {
  uint32_t begin = 0;
  uint32_t end = 0;

  bool empty() const { return end <= begin; }
  uint32_t size() const { return empty() ? 0 : end - begin; }
  std::string_view Of(std::string_view text) const {
    if (begin >= text.size() || empty()) return {};
    return text.substr(begin, std::min<size_t>(end, text.size()) - begin);
  }
  bool Contains(const TextSpan& o) const { return begin <= o.begin && o.end <= end; }
  bool Overlaps(const TextSpan& o) const { return begin < o.end && o.begin < end; }
  bool operator==(const TextSpan&) const = default;
};

enum class TokenKind : uint8_t { kWord, kNumber, kPunct, kSymbol };

struct Token {
  TextSpan span;
  TokenKind kind = TokenKind::kWord;
};

struct Sentence {
  TextSpan span;
  uint32_t token_begin = 0;  // index of the first token in AnnotatedDoc::tokens
  uint32_t token_end = 0;    // one past the last token
  uint32_t paragraph = 0;    // index of the line (paragraph) of Article::text it lies in
  bool heading = false;      // a headline or subheading line (no final punctuation, title case)
  uint32_t word_begin = 0;   // index of the first Word in AnnotatedDoc::words (when parsed)
  uint32_t word_end = 0;     // one past the last; equal to word_begin when there are no words
};

// One syntactic word as Universal Dependencies counts them: a token holds one or two ("don't"
// = "do" + "n't", nlp/ud_words.h). Filled by the trained models (tagger, lemmatiser, parser);
// AnnotatedDoc::words is empty when a run has no models, and every user must then fall back.
struct Word {
  TextSpan span;            // the part of the token it covers
  uint32_t token = 0;       // index into AnnotatedDoc::tokens
  int32_t head = -1;        // index into AnnotatedDoc::words of its head; -1 for the root
  std::string_view upos;    // "PROPN", "VERB"… owned by the loaded models (live for the process)
  std::string_view xpos;    // "NNP", "VBD"…
  std::string_view deprel;  // "nsubj", "obl:tmod"…
  std::string lemma;        // "say" for "said"
};

enum class EntityType : uint8_t { kPerson, kOrganization, kPlace, kGroup, kOther };
const char* EntityTypeName(EntityType t);  // "person", "organization", "place", "group", "other"

struct EntityMention {
  TextSpan span;  // the name as written: "Dmitry Peskov", "Kremlin", "Krasnoarmeysk"
  EntityType type = EntityType::kOther;
  uint32_t sentence = 0;  // index into AnnotatedDoc::sentences
  TextSpan role;   // a title or apposition naming a role: "Kremlin spokesperson"; may be empty
  TextSpan alias;  // another name given for it in the text ("known in Ukraine as Pokrovsk")
};

// A number with its unit, normalised: "five-hour" -> 5 hour; "45%" -> 45 percent;
// "€100bn" -> 1e11 EUR; "28-point" -> 28 point; "two people" -> 2 person.
struct Quantity {
  TextSpan span;
  double value = 0;
  std::string unit;  // canonical singular unit, "" when none: hour, percent, EUR, point, person…
  std::string modifier;  // "about", "nearly", "over", "at least", "" — hedges and bounds as written
  uint32_t sentence = 0;
};

// A time expression resolved to a calendar date against the article's reference date.
struct TimeMention {
  TextSpan span;          // "Tuesday", "December 2", "last month", "over the weekend"
  CivilDate date;         // resolved; for a range ("the weekend") its first day
  CivilDate end_date;     // last day of a range; invalid for a single day
  bool relative = false;  // resolved from the reference date rather than written in full
  uint32_t sentence = 0;
};

struct Quote {
  TextSpan text;  // the quoted words, without the quote marks (indirect: the reported clause)
  TextSpan
      speaker;   // the speaker as written nearby ("Peskov", "he", "a U.S. official"); may be empty
  TextSpan cue;  // the speech verb: "said", "called", "warned"; may be empty
  bool direct = true;     // false for indirect speech ("Ushakov said the parties …")
  uint32_t sentence = 0;  // sentence holding the quote's start
};

struct AnnotatedDoc {
  const Article* article = nullptr;
  CivilDate reference_date;  // what relative dates were resolved against
  std::vector<Token> tokens;
  std::vector<Sentence> sentences;
  std::vector<Word> words;  // syntax; empty without models (see Word)
  std::vector<EntityMention> entities;
  std::vector<Quantity> quantities;
  std::vector<TimeMention> times;
  std::vector<Quote> quotes;

  std::string_view text() const { return article->text; }
};

}  // namespace corroborate
