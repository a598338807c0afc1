// Lexicons for entity recognition: general facts written for this project (countries,
// capitals, major cities and regions; well-known organizations; nationality words; titles and
// role nouns; organization suffixes; speech and cue words). Not keyed to any one story.
// Cost: O(length of the word) per lookup (hash sets built once). Thread-safety: the sets are
// built on first use with thread-safe static initialisation and are read-only afterwards.
#pragma once

#include <cstdint>
#include <string_view>

#include "analyze/given_names.h"  // IsGivenName: first names are a lexicon of their own

namespace corroborate {

enum class LexiconClass : uint8_t { kNone, kPlace, kOrganization, kGroup, kNotEntity };

// A name as written ("Moscow", "White House", "Ukrainians", "U.S."), exact case. kNotEntity for
// capitalized words that are never names on their own (months, weekdays, "God" …).
LexiconClass LookupName(std::string_view name);

// The following are ASCII case-insensitive.
bool IsTitleWord(std::string_view word);     // role heads: president, spokesperson, envoy, aide…
bool IsRoleModifier(std::string_view word);  // words inside titles: foreign, deputy, special…
bool IsSpeechVerb(std::string_view word);    // said, told, warned, insisted…
bool IsPlacePreposition(std::string_view word);  // in, to, from, near, around…
bool IsPlaceNoun(std::string_view word);         // region, province, oblast, city, town…
bool IsCaptureVerb(std::string_view word);       // captured, seized, took, liberated…
bool IsNameConnector(std::string_view word);     // of, de, von, van, al, bin, ibn…
bool IsDeterminer(std::string_view word);        // a, an, the

// Exact case.
bool IsOrgSuffix(std::string_view word);  // last word of an organization: Ministry, Council…
bool IsOrgHead(std::string_view word);    // first word of "Ministry of X", "University of X"…

}  // namespace corroborate
