// Actor resolution for positions: who holds a stance. The clause subject from the dependency
// parse when the doc has one, else the nearest subject-like entity, a resolved pronoun or a
// capitalised name; inside a direct quote "we"/"I" is the quote's speaker; coordinated
// subjects ("Varnia and the Kestrian Federation") each hold it. Normalize maps what the text
// names onto the table's actor: "the Varnian delegation" is Varnia when the story names it;
// a capital or seat of government is its state ("the Kremlin" → Russia) and "both sides" the
// story's two main parties (positions_metonymy.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "reconcile/claims.h"
#include "reconcile/entities.h"
#include "reconcile/positions_metonymy.h"
#include "reconcile/positions_sentence.h"
#include "reconcile/story_input.h"

namespace corroborate::positions {

class ActorResolver {
 public:
  ActorResolver(const StoryInput& story, const ResolvedEntities& entities, const ClaimSet& claims);

  // The doc's claim tokens with entity tags by overlap, so that "Russia’s" (a mention of
  // "Russia" inside a longer token) counts as the entity. Call before resolving in doc d.
  void BeginDoc(size_t d);
  const std::vector<ClaimToken>& DocTokens(size_t i) const { return doc_tokens_[i]; }

  // The holder(s) of a stance at token i.
  std::vector<Actor> Subject(const SentenceView& v, size_t i) const;
  // The entity a pronoun at token i refers to, -1 when none.
  int32_t ResolvePronoun(const SentenceView& v, size_t i) const;
  // The first entity of the mention holding token i, with coordinated ones before it.
  void AddWithCoordinated(const SentenceView& v, size_t i, std::vector<Actor>* actors) const;
  // Who the actor stands for in the table; nullopt when it is nobody ("European support"
  // with no Europe in the story).
  std::optional<Actor> Normalize(const Actor& a) const;

  const ResolvedEntities& entities() const { return entities_; }

 private:
  Actor EntityActor(const SentenceView& v, size_t i) const;
  std::optional<Actor> GroupBefore(const SentenceView& v, size_t k) const;
  bool GenericSubject(const SentenceView& v, size_t i) const;
  std::optional<size_t> ParsedSubject(const SentenceView& v, size_t i) const;
  int32_t DemonymCountry(std::string_view demonym, int32_t self) const;
  std::optional<Actor> NamedSubject(const SentenceView& v, size_t i) const;
  void AddName(const std::string& key, int32_t e);
  bool BothSides(const SentenceView& v, size_t k, std::vector<Actor>* out) const;

  const StoryInput& story_;
  const ResolvedEntities& entities_;
  const ClaimSet& claims_;
  std::unordered_map<std::string, int32_t> by_name_;  // NameKey → entity, -2 when shared
  std::vector<std::vector<ClaimToken>> doc_tokens_;   // per claim of the current doc
  SeatStates seats_;                                  // capitals and seats: their states
  std::pair<int32_t, int32_t> parties_{-1, -1};       // the story's main parties
};

}  // namespace corroborate::positions
