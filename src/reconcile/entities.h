// Entity resolution across the outlets of one story: one AccountEntity per real person,
// organisation or place, with every spelling (transliteration variants such as
// Witkoff/Vitkoff, Zelensky/Zelenskyy, Andriy/Andrii; surname-only mentions; aliases the text
// declares, "Krasnoarmeysk (known in Ukraine as Pokrovsk)") and the roles the text gives them.
// Two people who share a surname are never merged without evidence.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/account.h"
#include "reconcile/story_input.h"

namespace corroborate {

struct ResolvedEntities {
  std::vector<AccountEntity> entities;  // ids "e1", "e2"… in order of first mention
  // entity_of[d][m]: index into entities of docs[d]->entities[m], or -1 when dropped.
  std::vector<std::vector<int32_t>> entity_of;
};

ResolvedEntities ResolveEntities(const StoryInput& story);

// A spelling-insensitive key for a name: case, diacritics, script (via ICU transliteration) and
// common transliteration differences (w/v, y/i/ii/iy, doubled letters, kh/h…) folded away.
// "Zelenskyy" and "Zelensky" share a key; "Vitkoff" and "Witkoff" share a key.
std::string NameKey(std::string_view name);

}  // namespace corroborate
