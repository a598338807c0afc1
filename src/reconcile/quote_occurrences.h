// Quote occurrences: every quote each article carries (found by analyze/quotes.cc), with its
// speaker resolved for alignment across outlets (quotes.h). A speaker is an entity (the mention
// in the attribution, a known spelling, "the ministry" for the organisation named just before,
// or a "he"/"she" continuing the previous quote's speaker or the person last named, of an
// agreeing gender: quote_speakers.h), else a description kept as written ("a U.S. official").
// Each occurrence also keeps its words and wording (quote_wording.h) for comparison. Cost:
// linear in the quotes times the entity mentions of their article. Thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/account.h"
#include "reconcile/entities.h"
#include "reconcile/quote_wording.h"
#include "reconcile/story_input.h"

namespace corroborate {

// One quote as one article carries it.
struct QuoteOccurrence {
  size_t doc = 0;  // index into StoryInput::docs
  TextSpan text;
  bool direct = true;
  uint32_t sentence = 0;
  int32_t entity = -1;          // resolved speaker, -1 when unresolved
  std::string description;      // "a U.S. official" when the speaker is not a named entity
  bool anonymous = false;       // the description is an unnamed source: never merged with a
                                // named person's quote
  std::string speaker_written;  // the attribution as written ("he", "Kremlin aide Yuri Ushakov")
  std::string cue;              // "said", "according to" (lower case); may be empty
  std::vector<uint64_t> words;  // normalised word hashes, in order
  std::vector<uint64_t> set;    // sorted unique words
  QuoteWording wording;
};

// Every article's quotes with resolved speakers, article by article in text order; quotes
// without words and spans reported twice are left out.
std::vector<QuoteOccurrence> ReadQuoteOccurrences(const StoryInput& story,
                                                  const ResolvedEntities& entities);

// The type of entity e; kOther when e is -1 or out of range.
EntityType EntityTypeOf(const ResolvedEntities& entities, int32_t e);

}  // namespace corroborate
