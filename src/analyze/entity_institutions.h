// State institutions written in lower case: "the Kestrian foreign ministry", "Ukraine's defence
// ministry", "the central bank of Varnia". News style lower-cases these, so the capitalised-run
// rules of analyze/entities.cc never see them; they are organisations all the same. This file
// holds the generic vocabulary (head nouns and the words that may sit before them), not names.
// Cost: O(length of the word) per lookup. Thread-safety: immutable tables.
#pragma once

#include <cstdint>
#include <string_view>

namespace corroborate {

// How a lower-case word heads an institution's name.
enum class InstitutionHead : uint8_t {
  kNone,   // not an institution noun
  kFree,   // names a body on its own: ministry, parliament, government, army, police…
  kBound,  // only with a modifier before it: "central bank", "general staff", "armed forces"
};

// The head noun kind of a lower-case word (exact lower case: "Ministry" is the capitalised
// rules' business).
InstitutionHead InstitutionHeadOf(std::string_view word);

// Lower-case words that may stand between the nationality and the head: "foreign", "defence",
// "interior", "central", "general", "armed", "border", "security"…
bool IsInstitutionModifier(std::string_view word);

// Heads that are adjectives too ("military"): before another noun ("a Russian military
// aircraft") the phrase is a description, not the body.
bool IsAdjectivalHead(std::string_view word);

}  // namespace corroborate
