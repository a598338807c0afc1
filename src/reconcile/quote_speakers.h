// What quote alignment needs to know about a speaker beyond its entity: the grammatical gender a
// person's name or honorific implies (so "she said" never resolves to a man), whether a written
// description is an unnamed source ("a U.S. official", "sources close to the talks": never
// merged with a named person), and the head of a definite description ("the ministry") that
// may refer back to an organisation named just before. Name genders come from the project's
// one table of first names (analyze/given_names.h) and from Slavic surname endings; anything
// else is kUnknown, and callers treat kUnknown as compatible with every pronoun. Thread-safety:
// pure functions.
#pragma once

#include <cstdint>
#include <string_view>

#include "analyze/given_names.h"  // Gender, and the first-name table NameGender reads

namespace corroborate {

// The gender a person's name suggests: its first name in the table ("Maria Lind" -> female),
// else a surname ending that marks gender in Slavic languages ("-ova", "-ska" -> female;
// "-ov", "-sky" -> male). kUnknown when neither says.
Gender NameGender(std::string_view full_name);

// The gender an honorific implies when it is the last word of `before` ("… said Ms" -> female,
// "Mr." -> male). kUnknown otherwise.
Gender HonorificGender(std::string_view before);

// "he"/"him"/"his" -> male, "she"/"her" -> female; kUnknown for any other word (lower case).
Gender PronounGender(std::string_view lower);

// Whether two genders can be the same person: unknown agrees with everything.
inline bool GendersAgree(Gender a, Gender b) {
  return a == Gender::kUnknown || b == Gender::kUnknown || a == b;
}

// An unnamed source: an indefinite or plural description ("a U.S. official", "two diplomats",
// "sources close to the Kremlin", "people familiar with the matter", "officials"). A definite
// description of a role ("the minister", "the ministry") is not anonymous: it refers back.
bool IsAnonymousDescription(std::string_view description);

// The head noun of a short definite description ("the ministry" -> "ministry", "The company"
// -> "company"); empty when the description is not "the" + one or two lower-case words.
std::string_view DefiniteHead(std::string_view description);

// Heads whose referent is an organisation even when its name does not contain them
// ("Rosneft … The company said"): company, firm, bank, group, …
bool IsOrganisationHead(std::string_view head);

}  // namespace corroborate
