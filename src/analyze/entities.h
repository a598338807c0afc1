// Entity mention finder: people, organizations, places and groups (nationality words) in one
// tokenized article, by rules over capitalized token sequences plus the lexicons of
// analyze/entity_lexicon.h. FindEntities() (declared in analyze.h) fills AnnotatedDoc::entities
// in text order. Titles and appositions become EntityMention::role ("Kremlin spokesperson",
// "an aide to the Russian dictator"), never part of the name; "X (known in Y as Z)" and
// "X, also known as Z" set EntityMention::alias. Names in any cased script are found (ICU
// code-point properties). Beyond capitalised runs: lower-case state institutions ("the
// Kestrian foreign ministry", "Varnia's defence ministry"; analyze/entity_institutions.h), a
// wire dateline's place ("TARSK, March 4 (KNA) —") and a one-letter platform where the text
// says so ("posted on X"). A name used as a common noun ("a diplomatic Groundhog Day") is no
// mention.
// Cost: O(tokens) per article with hash lookups; no per-character allocation.
// Thread-safety: no shared mutable state; lexicons are immutable after first use.
#pragma once

#include "model/annotated_doc.h"

namespace corroborate {

// Whether the token text starts with an upper- or title-case letter (any script).
bool StartsCapitalized(std::string_view word);

}  // namespace corroborate
