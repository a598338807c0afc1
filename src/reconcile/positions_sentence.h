// What the position finder passes around: one sentence with its tokens and quote spans
// (SentenceView), an actor, a found stance (Found), and token helpers over the sentence text
// (capitalisation, possessives, joining hyphens, part of speech from the parse).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/account.h"
#include "reconcile/claims.h"
#include "reconcile/positions_lexicon.h"

namespace corroborate::positions {

// An occurrence of a quote in one document, with the speaker found for it.
struct QuoteSpan {
  TextSpan span;
  bool direct = true;
  std::string speaker;       // entity id
  std::string speaker_name;  // name or description
  int32_t entity = -1;       // index into the resolved entities
};

// What the finder works on for one sentence.
struct SentenceView {
  size_t doc = 0;
  const AnnotatedDoc* annotated = nullptr;
  std::string_view text;
  const Claim* claim = nullptr;
  const std::vector<QuoteSpan>* quotes = nullptr;
  const std::vector<ClaimToken>* tokens = nullptr;  // the claim's, entities tagged by overlap
  size_t index = 0;                                 // of the sentence among the doc's claims
};

struct Actor {
  int32_t entity = -1;
  std::string name;  // set when the actor is a described speaker, not an entity
};

struct Found {
  std::vector<Actor> actors;
  Stance stance = Stance::kNone;
  std::string issue;             // as written, determiners stripped
  std::vector<std::string> key;  // sorted unique stems
  std::string head;              // stem of the last key word (the head noun)
  std::string act;               // stem of the verb when the issue is an act ("host the talks")
  size_t next = 0;               // token after the issue phrase
  bool heading = false;          // from a headline: corroborates a row, never opens one
  bool participle = false;       // from a participle clause (", warning against …")
};

inline const std::vector<ClaimToken>& Toks(const SentenceView& v) { return *v.tokens; }

bool Capitalised(const SentenceView& v, size_t i);
// "Russia's", "allies'".
bool Possessive(const SentenceView& v, size_t i);
// A hyphen written without spaces, joining two words ("behind-the-scenes"), or the full stop
// of an abbreviation ("U.S.").
bool Joiner(const SentenceView& v, size_t i);
// The direct quote holding span, or nullptr.
const QuoteSpan* DirectQuoteAt(const SentenceView& v, TextSpan span);
// The part of speech of the word starting at token k, "" without a parse.
std::string_view Upos(const SentenceView& v, size_t k);

}  // namespace corroborate::positions
