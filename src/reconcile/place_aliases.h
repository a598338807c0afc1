// Alternative names of the same place or body:
// - CanonicalAliasKey: well-known exonyms and renamings (Kiev/Kyiv, Bombay/Mumbai) and
//   abbreviations (U.S./USA/United States, EU/European Union). A general-knowledge table, not
//   tied to any story. Thread-safe; the table is built once on first use.
// - FindDeclaredAlias: a name the text itself declares right after a name ("Krasnoarmeysk
//   (known in Ukraine as Pokrovsk)", "Dnipro, formerly Dnipropetrovsk", "Kharkiv (Kharkov in
//   Russian)", "Lviv (Polish: Lwów)"), for when analyze/ did not record it.
// - ResolvePlaceKeys: which place of the place-name table (models/places.bin, GeoNames) each
//   place name of a story stands for, so that "Bakhmut" and "Artemivsk" or "Pokrovsk" and
//   "Krasnoarmeysk" join. A name several places bear is resolved only with evidence from the
//   story: the countries its other names belong to ("Ukraine", "Kharkiv"), or another name of
//   the story that stands for one of its places alone; else it stays unresolved, so two towns
//   that share a name are never joined by the table.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/annotated_doc.h"

namespace corroborate {

namespace nlp {
class PlaceNames;
}

// Maps a NameKey to the NameKey of the table's preferred name for it; returns key unchanged
// when the table does not know it.
std::string CanonicalAliasKey(const std::string& key);

// The declared other name after the name ending at name_end, or an empty span.
TextSpan FindDeclaredAlias(std::string_view text, uint32_t name_end);

// A place name of a story: a NameKey of a mention typed as a place, and its article.
struct PlaceKeyInDoc {
  std::string key;
  size_t doc = 0;
};

// For each of a story's place names, the index of the table's place it stands for, or -1 when
// the table does not know it or it stays ambiguous. A name several places bear is narrowed to
// the countries its own article gives evidence for (other towns there that lie in one
// country), else the story's (also country names); then to the one place whose own name it is
// ("Pokrovsk", also an old name of another town), else to the one place another name of the
// story names alone ("Krasnoarmeysk", two Russian towns' own name, beside "Pokrovsk").
// Names that resolve to the same index name the same place. O(names x places per name).
std::vector<int64_t> ResolvePlaceKeys(const nlp::PlaceNames& places,
                                      const std::vector<PlaceKeyInDoc>& keys);

}  // namespace corroborate
