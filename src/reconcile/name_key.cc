#include "reconcile/name_key.h"

#include <initializer_list>
#include <string>

#include "core/strings.h"
#include "reconcile/entities.h"
#include "reconcile/transliterate.h"

namespace corroborate {
namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

void ReplaceAll(std::string* s, std::string_view from, std::string_view to) {
  size_t pos = 0;
  while ((pos = s->find(from, pos)) != std::string::npos) {
    s->replace(pos, from.size(), to);
    pos += to.size();
  }
}

}  // namespace

std::string_view StripPossessive(std::string_view name) {
  for (std::string_view suffix : {"\u2019s", "'s", "\u2019S", "'S"}) {
    if (name.size() > suffix.size() && EndsWith(name, suffix)) {
      return name.substr(0, name.size() - suffix.size());
    }
  }
  for (std::string_view suffix : {"\u2019", "'"}) {
    if (name.size() > suffix.size() + 1 && EndsWith(name, suffix) &&
        (name[name.size() - suffix.size() - 1] == 's')) {
      return name.substr(0, name.size() - suffix.size());
    }
  }
  return name;
}

std::string FoldWord(std::string_view word) {
  std::string w(word);
  for (char& c : w) {
    if (c == 'w') c = 'v';
    if (c == 'j') c = 'y';
  }
  ReplaceAll(&w, "x", "ks");
  // The French/German-era "-off"/"-eff" for a final -ов/-ев (Smirnoff/Smirnov, Prokofieff).
  if (w.size() >= 5 && (EndsWith(w, "off") || EndsWith(w, "eff"))) {
    w.replace(w.size() - 2, 2, "v");
  }
  // A leading "i" before a vowel is the Cyrillic soft vowel written by BGN/ISO-style
  // romanisation (Iurii/Yuriy, Iakov/Yakov); other systems write "y", ICU writes nothing.
  if (w.size() >= 4 && w[0] == 'i' && IsVowel(w[1])) w[0] = 'y';
  // French/German-style "tch"/"tsch" for ч (Tchernov/Chernov).
  ReplaceAll(&w, "tsch", "ch");
  ReplaceAll(&w, "tch", "ch");
  // Digraphs that one transliteration writes and another does not (ш -> sh or s, ч -> ch or c).
  ReplaceAll(&w, "ck", "k");
  ReplaceAll(&w, "ph", "f");
  ReplaceAll(&w, "kh", "h");
  ReplaceAll(&w, "sh", "s");
  ReplaceAll(&w, "ch", "c");
  ReplaceAll(&w, "zh", "z");
  ReplaceAll(&w, "ts", "c");
  // A y before a vowel is the soft sign of a Cyrillic vowel that ICU writes without it
  // (Yermak/Ermak, Yuri/Urij); runs of y/i (Zelenskyy, Zelenskiy, Andriy, Andrii) become one i;
  // any other y after the first letter is an i (Syrskyi, Syrsky, Dmytro).
  std::string out;
  out.reserve(w.size());
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (c == 'i' || c == 'y') {
      size_t j = i;
      while (j < w.size() && (w[j] == 'i' || w[j] == 'y')) ++j;
      if (j - i >= 2) {
        out.push_back('i');
        i = j - 1;
        continue;
      }
      if (c == 'y' && i + 1 < w.size() && IsVowel(w[i + 1])) continue;
      if (c == 'y' && i > 0) c = 'i';
    }
    out.push_back(c);
  }
  // Doubled letters (Witkoff/Vitkof, Odessa/Odesa).
  std::string collapsed;
  collapsed.reserve(out.size());
  for (char c : out) {
    if (collapsed.empty() || collapsed.back() != c) collapsed.push_back(c);
  }
  return collapsed;
}

std::string InflectionBase(const std::string& word, bool (*known)(const std::string&, const void*),
                           const void* ctx) {
  // Each ending, longest first, with the base endings to try on its stem (as FoldWord writes
  // them: -ий/-ый/-ій -> "i", -ою -> "ou", -ої/-ой -> "oi").
  struct Ending {
    std::string_view ending;
    std::initializer_list<std::string_view> bases;
  };
  static const Ending kEndings[] = {{"iego", {"i"}},    {"iemu", {"i"}},    {"ogo", {"i", ""}},
                                    {"oho", {"i", ""}}, {"ego", {"i", ""}}, {"eho", {"i", ""}},
                                    {"omu", {"i", ""}}, {"emu", {"i", ""}}, {"ovi", {""}},
                                    {"evi", {""}},      {"oiu", {"a"}},     {"ou", {"a"}},
                                    {"oi", {"a", "i"}}, {"ei", {"a"}},      {"im", {"i", ""}},
                                    {"om", {""}},       {"em", {""}},       {"a", {""}},
                                    {"u", {"", "a"}},   {"e", {"", "a"}},   {"i", {"a", ""}}};
  const bool adjectival = EndsWith(word, "ski") || EndsWith(word, "cki") || EndsWith(word, "zki");
  for (const Ending& e : kEndings) {
    if (word.size() < e.ending.size() + 3 || !EndsWith(word, e.ending)) continue;
    if (adjectival && e.ending == "i") continue;
    std::string stem = word.substr(0, word.size() - e.ending.size());
    for (std::string_view base : e.bases) {
      std::string candidate = stem + std::string(base);
      if (candidate != word && known(candidate, ctx)) return candidate;
    }
  }
  return "";
}

std::string NameKey(std::string_view name) {
  std::string latin = AsciiLower(ToLatinAscii(StripPossessive(Trim(name))));
  // Periods and apostrophes join ("U.S." -> "us", "O'Neil" -> "oneil"); anything else that is
  // not a letter or digit separates words.
  std::string key;
  std::string word;
  auto flush = [&]() {
    if (word.empty()) return;
    std::string folded = FoldWord(word);
    if (!key.empty()) key.push_back(' ');
    key += folded;
    word.clear();
  };
  for (char c : latin) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word.push_back(c);
    } else if (c == '.' || c == '\'' || c == '`') {
      continue;
    } else {
      flush();
    }
  }
  flush();
  // A leading article is not part of a name ("the Kremlin").
  if (StartsWith(key, "the ")) key.erase(0, 4);
  return key;
}

}  // namespace corroborate
