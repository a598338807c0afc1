// Which state an actor stands for when it is named by its capital or its seat of government
// ("Moscow demands …", "the Kremlin rejected …", "Washington backs …", "Downing Street
// welcomed …"), and who "both sides" / "the two sides" / "the parties" are.
//
// - Seats of government: a small general-knowledge table of the buildings and streets news
//   writing uses for a government (the Kremlin, the White House, Downing Street, the Élysée …),
//   each with its ISO country code. Not tied to any story.
// - Capitals: a city the place table (models/places.bin, GeoNames) places in a country, used
//   as the holder of a stance, is that country's government. The table has no capital flag, so
//   any city of a country the story names qualifies; a city holding a stance is in practice
//   its capital ("Kyiv rules out …"), while local bodies are named as such ("Kharkiv's mayor").
// Either maps to the story's entity for that country (the table's country of its name), and
// only when the story names the country: otherwise the actor stays as written.
//
// Main parties: the two entities the story most often names together ("Varnia and the Kestrian
// Federation agreed", "talks between Varnia and Kestria"), at least twice and more often than
// any other pair; none when the story does not make them clear.
// Cost: one pass over the story's tokens and a table lookup per entity name.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "reconcile/claims.h"
#include "reconcile/entities.h"
#include "reconcile/story_input.h"

namespace corroborate::positions {

// The ISO country code of a seat-of-government metonym ("the Kremlin" → "RU"), "" if none.
std::string_view SeatCountry(std::string_view name);

// The states that capitals and seats stand for in one story.
struct SeatStates {
  // For each entity, the entity of the state it stands for as a stance holder, or -1.
  std::vector<int32_t> by_entity;
  // The story's countries by ISO code (-2 when two entities share one).
  std::map<std::string, int32_t> country_entity;

  // Countries the story names without an entity for them (rules-only runs), by ISO code: the
  // spelling first written.
  std::map<std::string, std::string> country_name;
  const nlp::PlaceNames* places = nullptr;

  // The state a name no entity carries stands for ("Halvik demands …" read as a bare name):
  // {entity, ""} or {-1, country as written}; {-1, ""} when none.
  std::pair<int32_t, std::string> StateOfName(std::string_view name) const;
};

SeatStates StateOfSeats(const StoryInput& story, const ResolvedEntities& entities,
                        const ClaimSet& claims);

// The story's two main parties, or {-1, -1}.
std::pair<int32_t, int32_t> MainParties(const ClaimSet& claims, const ResolvedEntities& entities);

}  // namespace corroborate::positions
