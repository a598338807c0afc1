// Well-known alternative names of the same place or body: exonyms and renamings (Kiev/Kyiv,
// Bombay/Mumbai), abbreviations (U.S./USA/United States, EU/European Union). A general-knowledge
// table, not tied to any story. Thread-safe; the table is built once on first use.
#pragma once

#include <string>

namespace corroborate {

// Maps a NameKey to the NameKey of the table's preferred name for it; returns key unchanged
// when the table does not know it.
std::string CanonicalAliasKey(const std::string& key);

}  // namespace corroborate
