#include "reconcile/transliterate.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <string>

#include "core/utf8.h"

namespace corroborate {
namespace {

// One transliterator per thread: ICU transliterators are expensive to create and keep
// per-instance state, so they are neither rebuilt per call nor shared between threads.
icu::Transliterator* ThreadTransliterator() {
  thread_local std::unique_ptr<icu::Transliterator> instance;
  thread_local bool tried = false;
  if (!tried) {
    tried = true;
    UErrorCode status = U_ZERO_ERROR;
    instance.reset(
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) instance.reset();
  }
  return instance.get();
}

bool IsCyrillic(char32_t c) { return c >= 0x0400 && c <= 0x04FF; }

char32_t CyrillicLower(char32_t c) {
  if (c >= 0x0410 && c <= 0x042F) return c + 0x20;               // А-Я
  if (c >= 0x0400 && c <= 0x040F) return c + 0x50;               // Ѐ-Џ (Ё, Є, І, Ї, Ў…)
  if (c >= 0x0460 && c <= 0x04FF && (c % 2) == 0) return c + 1;  // Ґ and other pairs
  return c;
}

bool IsCyrillicUpper(char32_t c) { return IsCyrillic(c) && CyrillicLower(c) != c; }

bool IsApostrophe(char32_t c) { return c == U'\'' || c == 0x2019 || c == 0x02BC; }

// Letters only Ukrainian writes (і, ї, є, ґ), or its soft-sign adjective ending (-ськ-, -цьк-,
// -зьк-): the word is spelled the Ukrainian way, so г is romanised h and и is y.
bool LooksUkrainian(const std::u32string& lower) {
  for (char32_t c : lower) {
    if (c == U'і' || c == U'ї' || c == U'є' || c == U'ґ') return true;
  }
  for (std::u32string_view s : {U"ськ", U"цьк", U"зьк"}) {
    if (lower.find(s) != std::u32string::npos) return true;
  }
  return false;
}

// The romanisation English-language news uses for one lowercase Cyrillic letter.
const char* Romanize(char32_t c, bool ukrainian) {
  switch (c) {
    case U'а':
      return "a";
    case U'б':
      return "b";
    case U'в':
      return "v";
    case U'г':
      return ukrainian ? "h" : "g";
    case U'ґ':
      return "g";
    case U'д':
      return "d";
    case U'е':
      return "e";
    case U'є':
      return "ye";
    case U'ё':
      return "yo";
    case U'ж':
      return "zh";
    case U'з':
      return "z";
    case U'и':
      return ukrainian ? "y" : "i";
    case U'і':
      return "i";
    case U'ї':
      return "yi";
    case U'й':
      return "y";
    case U'к':
      return "k";
    case U'л':
      return "l";
    case U'м':
      return "m";
    case U'н':
      return "n";
    case U'о':
      return "o";
    case U'п':
      return "p";
    case U'р':
      return "r";
    case U'с':
      return "s";
    case U'т':
      return "t";
    case U'у':
      return "u";
    case U'ў':
      return "w";
    case U'ф':
      return "f";
    case U'х':
      return "kh";
    case U'ц':
      return "ts";
    case U'ч':
      return "ch";
    case U'ш':
      return "sh";
    case U'щ':
      return "shch";
    case U'ъ':
      return "";
    case U'ы':
      return "y";
    case U'ь':
      return "";
    case U'э':
      return "e";
    case U'ю':
      return "yu";
    case U'я':
      return "ya";
    default:
      return nullptr;  // other Cyrillic letters (Serbian, Kazakh…): left to ICU
  }
}

// Romanises one word of Cyrillic letters (apostrophes inside it dropped). ukrainian: the name
// it belongs to is spelled the Ukrainian way.
void RomanizeWord(const std::u32string& word, bool ukrainian, std::string* out) {
  std::u32string lower;
  lower.reserve(word.size());
  for (char32_t c : word) lower.push_back(CyrillicLower(c));
  for (size_t i = 0; i < word.size(); ++i) {
    if (IsApostrophe(word[i])) continue;
    const char* latin = Romanize(lower[i], ukrainian);
    if (latin == nullptr) {
      utf8::Append(word[i], out);
      continue;
    }
    // Case: a capital followed by a small letter (or ending the word) capitalises only the
    // first Latin letter ("Х" in "Харків" -> "Kh"); inside an all-caps word all of them.
    const bool upper = IsCyrillicUpper(word[i]);
    const bool all_caps = upper && i + 1 < word.size() && IsCyrillicUpper(word[i + 1]);
    for (size_t k = 0; latin[k] != '\0'; ++k) {
      char ch = latin[k];
      if (upper && (k == 0 || all_caps)) ch = static_cast<char>(ch - 'a' + 'A');
      out->push_back(ch);
    }
  }
}

}  // namespace

std::string RomanizeCyrillic(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  // Ukrainian or Russian is decided for the whole name: "Олексій Гончаренко" is Ukrainian
  // though only the first word shows it.
  std::u32string all;
  for (size_t p = 0; p < text.size();) all.push_back(CyrillicLower(utf8::Next(text, &p)));
  const bool ukrainian = LooksUkrainian(all);
  std::u32string word;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t start = pos;
    char32_t c = utf8::Next(text, &pos);
    // An apostrophe between Cyrillic letters is part of the word (Ukrainian "Мар'яна").
    bool in_word = IsCyrillic(c) || (IsApostrophe(c) && !word.empty() && pos < text.size());
    if (in_word) {
      word.push_back(c);
      continue;
    }
    if (!word.empty()) {
      RomanizeWord(word, ukrainian, &out);
      word.clear();
    }
    out.append(text.substr(start, pos - start));
  }
  if (!word.empty()) RomanizeWord(word, ukrainian, &out);
  return out;
}

std::string ToLatinAscii(std::string_view text) {
  bool ascii = true;
  bool cyrillic = false;
  for (unsigned char c : text) {
    ascii = ascii && c < 0x80;
    cyrillic = cyrillic || c == 0xD0 || c == 0xD1 || c == 0xD2 || c == 0xD3;
  }
  if (ascii) return std::string(text);
  std::string romanized = cyrillic ? RomanizeCyrillic(text) : std::string(text);
  std::string out;
  bool rest_ascii = true;
  for (unsigned char c : romanized) rest_ascii = rest_ascii && c < 0x80;
  if (rest_ascii) return romanized;
  try {
    if (icu::Transliterator* t = ThreadTransliterator()) {
      icu::UnicodeString u = icu::UnicodeString::fromUTF8(
          icu::StringPiece(romanized.data(), static_cast<int32_t>(romanized.size())));
      t->transliterate(u);
      u.toUTF8String(out);
    }
  } catch (...) {
    out.clear();
  }
  // Whatever is still not ASCII (or everything, without ICU) is dropped.
  std::string ascii_only;
  for (unsigned char c : out.empty() ? romanized : out) {
    if (c < 0x80) ascii_only.push_back(static_cast<char>(c));
  }
  return ascii_only;
}

}  // namespace corroborate
