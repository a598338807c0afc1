// Building blocks of NameKey (declared in reconcile/entities.h): script and diacritics folded
// to Latin ASCII with ICU, possessives stripped, and the spelling differences that
// transliteration produces (w/v, y/i/ii/iy, kh/h, sh/s, doubled letters…) folded per word.
// Thread-safety: every function may be called from any thread; the ICU transliterator is
// created once per thread (it is costly to build and not safe to share).
#pragma once

#include <string>
#include <string_view>

namespace corroborate {

// "Зеленський" -> "Zelens'kij"; "Müller" -> "Muller". ASCII input is returned unchanged;
// on an ICU failure non-ASCII characters are dropped.
std::string ToLatinAscii(std::string_view text);

// "Zelenskyy’s" -> "Zelenskyy"; "the allies'" -> "the allies".
std::string_view StripPossessive(std::string_view name);

// Folds one lowercase ASCII word: "witkoff" -> "vitkof", "zelenskyy" -> "zelenski".
std::string FoldWord(std::string_view word);

}  // namespace corroborate
