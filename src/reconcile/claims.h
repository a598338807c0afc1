// Claims: every sentence of a story seen as a candidate claim, reduced to the features the
// cross-check compares — content-word stems, resolved entities, quantities, dates, polarity and
// attribution — plus its word tokens (for cue and clause matching in conflicts.h).
// Word roots (WordRoot), entities and a no-outcome class ("no progress", "without a
// breakthrough") become one sparse, IDF-weighted, unit-length vector per claim, so two
// outlets' wordings of one fact compare by cosine. Cost: O(total text) plus one hash lookup per
// word. Pure functions; the ClaimSet is read-only once built.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "model/annotated_doc.h"
#include "reconcile/clause_reading.h"
#include "reconcile/entities.h"
#include "reconcile/story_input.h"

namespace corroborate {

struct ClaimToken {
  TextSpan span;
  std::string lower;      // folded word (apostrophe-s and n't removed), or the punctuation mark
  std::string lemma;      // the parser's lemma, folded ("leave" for "left"); "" without models
  int32_t feature = -1;   // stem feature id; -1 for stopwords, numbers, punctuation, entity words
  int32_t entity = -1;    // resolved entity index when the word lies in an entity mention
  bool punct = false;     // clause punctuation: , ; : . ! ? ( ) and dashes
  bool negation = false;  // "not", "never", "no", a word ending in n't…
};

struct ClaimQuantity {
  double value = 0;
  std::string unit;
  std::string modifier;
  TextSpan span;
  std::vector<int32_t> heads;  // stem features near it: what the number is about ("meeting")
  std::string head_word;       // the nearest head as written, for summaries
  std::string event_word;      // nearest event noun of the sentence ("talks"), for measures
  int event_class = -1;        // EventClass() of event_word, -1 when none
  bool part = false;           // "120 each", "per side", "from each side": a share, not a total
  bool ordinal = false;        // "first", "second round": a rank, never a disputed number
};

// Class of an event noun ("talks", "negotiations" and "meeting" are one class), or -1.
int EventClass(std::string_view lower);

struct ClaimTime {
  CivilDate date;
  TextSpan span;
  bool relative = false;
};

// A party the sentence reports its content from: "according to Ushakov", "Russia claimed",
// "…, officials said".
struct ClaimAttribution {
  std::string holder;   // entity name when resolved, else the words as written ("officials")
  int32_t entity = -1;  // resolved entity index, -1 for an unnamed holder
  TextSpan span;        // holder and cue together ("Russia claimed")
  std::string cue;      // "according to", "claimed", "said"
};

// The claim as a proposition (reconcile/propositions.h): subject, predicate, object, place,
// and how firmly it is put. Spans are empty when not found.
struct ClaimReading {
  TextSpan subject;
  std::string subject_name;  // entity name when the subject is one, else the words
  std::string predicate;     // lemma ("capture"), with a particle ("walk out")
  TextSpan object;
  std::string object_name;
  int32_t place = -1;                 // a resolved place entity the claim names
  std::string modality = "asserted";  // "asserted", "reported", "possible", "expected"
  std::vector<TextSpan> hedges;       // "reportedly", "may", "is expected to"
  std::vector<ClaimAttribution> attributions;
  // The sentence's clauses (reconcile/clauses.h) when it holds more than one, else empty.
  std::vector<ClauseReading> clauses;
};

struct Claim {
  uint32_t doc = 0;       // index into StoryInput::docs
  uint32_t sentence = 0;  // index into that doc's sentences
  TextSpan span;
  bool heading = false;
  bool fragment = false;  // too little content to stand as a fact (bylines, "Read more")
  bool negated = false;
  bool attributed = false;  // carries a reported-speech cue ("said", "according to")
  int words = 0;
  int pronouns = 0;
  std::vector<ClaimToken> tokens;
  std::vector<std::pair<int32_t, float>> vec;  // (feature, weight), sorted by feature, unit length
  std::vector<int32_t> entities;               // resolved entity indices, sorted, unique
  std::vector<int32_t> quantity_features;      // features of vec that are quantities, sorted
  std::vector<int32_t> rare_entities;          // entities in at most 30% of the story's claims
  // Word and entity features in only a handful of the story's claims (ClaimSet::distinct_df):
  // two outlets sharing such words ("son-in-law", "sabotage") likely tell the same thing even
  // when their long sentences dilute the cosine. Sorted.
  std::vector<int32_t> distinct_features;
  std::vector<ClaimQuantity> quantities;  // those with a unit
  std::vector<ClaimTime> times;
  ClaimReading reading;
};

struct ClaimSet {
  std::vector<Claim> claims;          // doc by doc, sentence by sentence
  std::vector<uint32_t> doc_begin;    // claims of doc d: [doc_begin[d], doc_begin[d + 1])
  std::vector<std::string> features;  // feature id -> name (stem, or "\x01e3", "\x01q…")
  std::vector<uint32_t> df;           // feature id -> number of non-fragment claims holding it
  size_t live = 0;                    // number of non-fragment claims
  uint32_t distinct_df = 0;           // df at or under which a feature counts as distinctive

  std::unordered_map<std::string, int32_t> ids;  // feature name -> id

  // Clause units of sentences that tell several propositions (clause_claims.h): each a Claim
  // of its own (span, tokens, features weighted as in its sentence), never a fragment.
  std::vector<Claim> clause_claims;
  std::vector<uint32_t> clause_parent;  // per clause claim: its sentence's index into claims

  // Feature id of a stem, or -1.
  int32_t StemId(std::string_view stem) const;
};

ClaimSet BuildClaims(const StoryInput& story, const ResolvedEntities& entities);

// Lowercase word -> stem: -ies/-es/-s, -ed, -ing, -ly stripped, doubled consonant and final e
// removed, so "talks"/"talk", "rejected"/"reject", "captured"/"capture" meet.
std::string StemWord(std::string_view lower);
// StemWord, then a noun made from a verb folded to the verb ("resignation" and "resigned",
// "agreement" and "agreed", "withdrawal" and "withdraw" meet): what claims' word features use.
std::string WordRoot(std::string_view lower);
bool IsStopword(std::string_view lower);
// A unit that is itself the thing counted ("ship", "person"), as opposed to a measure ("hour",
// "percent", "EUR") whose meaning comes from the words around it.
bool IsCountUnit(std::string_view unit);
// "five" -> 5; -1 when not a number word.
int NumberWord(std::string_view lower);

// Cosine of two claims' vectors.
float Cosine(const Claim& a, const Claim& b);
// The same, leaving out what shared quantities contribute (so that an equal number alone does
// not make two sentences look alike).
float CosineWithoutQuantities(const Claim& a, const Claim& b);

// The words of a text, split like claims' tokens (for titles).
std::vector<std::string> ContentStems(std::string_view text);

}  // namespace corroborate
