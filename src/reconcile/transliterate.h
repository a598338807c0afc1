// Transliteration of names to Latin ASCII for matching across scripts. Cyrillic goes through
// our own table that follows the romanisation English-language news uses (BGN-like: х -> kh,
// ж -> zh, й -> y), aware of Ukrainian vs Russian spelling (г is h in Ukrainian words, g in
// Russian ones), so "Гнатов" in a Ukrainian text meets "Hnatov" and "Зеленський" meets
// "Zelenskyy"; every other script and diacritic goes through ICU "Any-Latin; Latin-ASCII".
// Thread-safety: callable from any thread; the ICU transliterator is built once per thread
// (costly to build, and an instance is not safe to share).
#pragma once

#include <string>
#include <string_view>

namespace corroborate {

// "Зеленський" -> "Zelenskyi"; "Müller" -> "Muller"; "Αθήνα" -> "Athena". ASCII input is
// returned unchanged; characters that cannot be transliterated are dropped.
std::string ToLatinAscii(std::string_view text);

// Romanises a name with the Cyrillic table above, deciding Ukrainian or Russian spelling for
// the whole text; non-Cyrillic code points are copied as they are (still UTF-8).
std::string RomanizeCyrillic(std::string_view text);

}  // namespace corroborate
