// Alternative names of the same place or body:
// - CanonicalAliasKey: well-known exonyms and renamings (Kiev/Kyiv, Bombay/Mumbai) and
//   abbreviations (U.S./USA/United States, EU/European Union). A general-knowledge table, not
//   tied to any story. Thread-safe; the table is built once on first use.
// - FindDeclaredAlias: a name the text itself declares right after a name ("Krasnoarmeysk
//   (known in Ukraine as Pokrovsk)", "Dnipro, formerly Dnipropetrovsk", "Kharkiv (Kharkov in
//   Russian)", "Lviv (Polish: Lwów)"), for when analyze/ did not record it.
#pragma once

#include <string>
#include <string_view>

#include "model/annotated_doc.h"

namespace corroborate {

// Maps a NameKey to the NameKey of the table's preferred name for it; returns key unchanged
// when the table does not know it.
std::string CanonicalAliasKey(const std::string& key);

// The declared other name after the name ending at name_end, or an empty span.
TextSpan FindDeclaredAlias(std::string_view text, uint32_t name_end);

}  // namespace corroborate
