// First names: one table of common given names across the languages news reports name people
// in, each with the grammatical gender it marks. Entity recognition reads a known first name as
// a person cue ("Maria Lind" is a person, not a place); quote attribution reads its gender so
// that "she said" never resolves to a man (reconcile/quote_speakers.h). General knowledge
// written for this project, not keyed to any story; a name missing here is simply unknown.
// Cost: one hash lookup per call, no allocation. Thread-safety: immutable after first use
// (thread-safe static initialisation).
#pragma once

#include <cstdint>
#include <string_view>

namespace corroborate {

enum class Gender : uint8_t { kUnknown, kMale, kFemale };

// Whether `word` is a known first name written as a name ("Maria", "Jürgen"; exact case, so
// "MARIA" and "maria" are not). Names that are also common words or places ("Roman", "Milan",
// "Victoria") have a gender but are no person cue.
bool IsGivenName(std::string_view word);

// The gender a first name marks, ASCII case-insensitive ("maria", "Maria" -> kFemale);
// kUnknown for names used for both ("Sam") and for words not in the table.
Gender GivenNameGender(std::string_view word);

}  // namespace corroborate
