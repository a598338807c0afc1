// Entity resolution across the outlets of one story: one AccountEntity per real person,
// organisation or place, with every spelling (transliteration variants such as
// Witkoff/Vitkoff, Zelensky/Zelenskyy, Andriy/Andrii; surname-only mentions; aliases the text
// declares, "Krasnoarmeysk (known in Ukraine as Pokrovsk)") and the roles the text gives them.
// Case-inflected forms in other languages ("Путина", "Зеленського") join the base form the
// story spells. Title-only references ("the envoy", "the Kremlin aide") resolve to the one
// person whose role has that head noun. Two people who share a surname are never merged without
// evidence: a bare surname goes to the one person of the story with it, else to the last one
// named in full earlier in its own article, else to one clearly dominant across the articles,
// else stays its own entity.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/account.h"
#include "reconcile/story_input.h"

namespace corroborate {

// A role the text gives a person: a title, an apposition, or both, in one article.
struct RoleMention {
  int32_t entity = -1;  // index into ResolvedEntities::entities
  uint32_t doc = 0;     // index into StoryInput::docs
  TextSpan span;        // the role phrase: "Kremlin spokesperson", "the Biden administration's…"
};

// A title-only reference resolved to the one person whose role it names ("the Kremlin aide").
struct DescriptionMention {
  int32_t entity = -1;
  uint32_t doc = 0;
  TextSpan span;  // "the Kremlin aide", without a following name
};

struct ResolvedEntities {
  std::vector<AccountEntity> entities;  // ids "e1", "e2"… in order of first mention
  // entity_of[d][m]: index into entities of docs[d]->entities[m], or -1 when dropped.
  std::vector<std::vector<int32_t>> entity_of;
  std::vector<RoleMention> roles;                // per person, per article, in text order
  std::vector<DescriptionMention> descriptions;  // in document, then text order
};

ResolvedEntities ResolveEntities(const StoryInput& story);

// How likely an entity of this type holds (asserts or denies) a claim, best first: a person 0,
// an organisation or group 1, a place 2, anything else 3.
int ClaimHolderRank(EntityType type);

// A spelling-insensitive key for a name: case, diacritics, script (via ICU transliteration) and
// common transliteration differences (w/v, y/i/ii/iy, doubled letters, kh/h…) folded away.
// "Zelenskyy" and "Zelensky" share a key; "Vitkoff" and "Witkoff" share a key.
std::string NameKey(std::string_view name);

}  // namespace corroborate
