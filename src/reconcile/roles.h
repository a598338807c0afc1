// Roles of people as the text gives them, and what a role says in comparable slots.
// - FindAppositionRole: the apposition after a name that analyze/ may miss ("Marco Rubio — the
//   Biden administration's top diplomat —", "Ann Berg, the union's chief negotiator, said").
// - ParseRole: a role phrase split into slots so that wording differences compare equal
//   ("Secretary of State" = "top diplomat", "spokesman" = "spokesperson", "US" = "U.S." =
//   "American") while a differing modifier of the same slot does not (the Biden vs the Trump
//   administration, a US vs a Russian envoy, a deputy vs the minister).
// - RoleHeadAt: the head noun of a title-only reference ("the Kremlin aide", "the envoy").
// Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "model/account.h"
#include "model/annotated_doc.h"

namespace corroborate {

struct RoleFacets {
  std::string office;           // normalised office: "foreign_minister", "spokesperson", "envoy"…
  std::string rank;             // "deputy" (deputy, vice, assistant, under-), else ""
  std::string country;          // NameKey of the country the role names ("united states"), or ""
  std::string org;              // NameKey of an organisation the role names ("kremlin"), or ""
  std::string principal;        // NameKey of the person served: "Trump" in "the Trump
                                // administration's", "Putin" in "Putin aide"; "" when none
  TextSpan principal_span;      // where the principal is named, relative to the role text
  bool administration = false;  // the principal comes from "<Name> administration"
  bool qualified = false;       // "former", "then-", "acting", "incoming"…: not a current role
  std::vector<std::string> modifiers;  // every other content word, lowercase (for matching)
};

// is_person: whether a NameKey names a person of the story (decides "Putin aide" vs "Kremlin
// aide"). May be null: then only "<Name> administration" gives a principal.
using IsPersonKey = bool (*)(const std::string& key, const void* ctx);
RoleFacets ParseRole(std::string_view role, IsPersonKey is_person = nullptr,
                     const void* ctx = nullptr);

// The NameKeys of a story's persons (full names and surnames), for ParseRole's is_person.
struct PersonKeySet {
  std::unordered_set<std::string> keys;
  static bool Contains(const std::string& key, const void* self);  // an IsPersonKey
};
PersonKeySet PersonKeysOf(const std::vector<AccountEntity>& entities);

// Whether a lowercase word heads a role ("spokesman", "envoy", "minister", "aide"…).
bool IsRoleHead(std::string_view lower_word);

// The role phrase in apposition right after a name ending at name_end, or an empty span:
// ", the X," / " — the X —" / " (the X)" where X is short and ends in a role head noun.
TextSpan FindAppositionRole(std::string_view text, uint32_t name_end);

// Whether two parsed roles of the same person cannot both be true; *why names the slot
// ("administration", "country", "organisation", "rank", "office").
bool RolesConflict(const RoleFacets& a, const RoleFacets& b, std::string* why);

}  // namespace corroborate
