// Building blocks of NameKey (declared in reconcile/entities.h): script and diacritics folded
// to Latin ASCII (transliterate.h), possessives stripped, and the spelling differences that
// transliteration produces (w/v, y/i/ii/iy, kh/h, sh/s, -off/-ov, doubled letters…) folded per
// word. Thread-safety: every function may be called from any thread.
#pragma once

#include <string>
#include <string_view>

#include "reconcile/transliterate.h"  // ToLatinAscii

namespace corroborate {

// "Zelenskyy’s" -> "Zelenskyy"; "the allies'" -> "the allies".
std::string_view StripPossessive(std::string_view name);

// Folds one lowercase ASCII word: "witkoff" -> "vitkov", "zelenskyy" -> "zelenski".
std::string FoldWord(std::string_view word);

// The base form of a case-inflected word of a name key, when the story spells that base form:
// Russian/Ukrainian (and Polish/Czech) declension endings on names, folded as FoldWord folds
// them: "putina", "putinu", "putinim" -> "putin"; "zelenskogo", "zelenskoho" -> "zelenski";
// "moskvi" -> "moskva". known(word) says whether the story spells a word so. Returns "" when
// no ending leads to a known base. Adjective-like nominatives ("zelenski") are never stripped.
std::string InflectionBase(const std::string& word, bool (*known)(const std::string&, const void*),
                           const void* ctx);

}  // namespace corroborate
