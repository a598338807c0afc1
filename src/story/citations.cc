#include "story/citations.h"

#include <unicode/uchar.h>

#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>

#include "core/strings.h"
#include "core/utf8.h"
#include "story/shingles.h"

namespace corroborate {

// "The Washington Post" -> "washington post": lowercase words, no leading article.
std::string CitationKey(std::string_view name) {
  std::string key;
  for (std::string_view w : ShingleWords(name)) {
    std::string lw = AsciiLower(w);
    if (key.empty() && lw == "the") continue;
    if (!key.empty()) key += ' ';
    key += lw;
  }
  return key;
}

namespace {

// Last words (or whole names) that mark a name as a news outlet.
bool LooksLikeOutlet(const std::string& key) {
  static const std::unordered_set<std::string> kWords = {
      "post",      "times",       "news",      "guardian",   "journal",      "agency",
      "reuters",   "ap",          "afp",       "tass",       "interfax",     "telegraph",
      "tribune",   "herald",      "gazette",   "press",      "wire",         "bloomberg",
      "bbc",       "cnn",         "pravda",    "izvestia",   "kommersant",   "chronicle",
      "observer",  "independent", "economist", "politico",   "axios",        "xinhua",
      "ukrinform", "novosti",     "radio",     "tv",         "television",   "network",
      "daily",     "insider",     "magazine",  "monitor",    "express",      "mail",
      "mirror",    "standard",    "examiner",  "bulletin",   "courier",      "dispatch",
      "inquirer",  "today",       "online",    "media",      "broadcasting", "nbc",
      "abc",       "cbs",         "msnbc",     "npr",        "dpa",          "efe",
      "ansa",      "kyodo",       "yonhap",    "unian",      "meduza",       "vedomosti",
      "rbc",       "euronews",    "reporter",  "review",     "lemonde",      "spiegel",
      "zeitung",   "allgemeine",  "corriere",  "repubblica", "figaro",       "pais",
      "mundo",     "jazeera",     "ria",       "dw",         "france24",     "sky",
      "report",    "bureau",      "service"};
  if (key.empty()) return false;
  size_t sp = key.rfind(' ');
  std::string last = sp == std::string::npos ? key : key.substr(sp + 1);
  return kWords.count(last) > 0 || kWords.count(key) > 0;
}

bool StartsUpper(std::string_view word) {
  if (word.empty()) return false;
  size_t pos = 0;
  char32_t cp = utf8::Next(word, &pos);
  return u_isupper(static_cast<UChar32>(cp)) || (cp >= '0' && cp <= '9');
}

// A double quote mark at text[i] (ASCII, curly, low-9 or guillemet); sets *len to its size.
bool IsQuoteAt(std::string_view text, size_t i, size_t* len) {
  if (i >= text.size()) return false;
  if (text[i] == '"') return *len = 1, true;
  for (std::string_view q : {"\u201C", "\u201D", "\u201E", "\u00AB", "\u00BB"}) {
    if (text.substr(i, q.size()) == q) return *len = q.size(), true;
  }
  return false;
}

// The outlet-like name starting at text[pos]: a quoted name, or a run of capitalised words
// (with "of", "and", "&" inside), at most six words. Empty when there is none.
std::string NameAt(std::string_view text, size_t pos) {
  while (pos < text.size() && text[pos] == ' ') ++pos;
  if (pos >= text.size()) return {};
  // "citing the Daily Courier": a lowercase article before the name is not part of it.
  if (text.substr(pos, 4) == "the " && pos + 4 < text.size() && text[pos + 4] >= 'A' &&
      text[pos + 4] <= 'Z') {
    pos += 4;
  }
  size_t qlen = 0;
  if (IsQuoteAt(text, pos, &qlen)) {
    size_t start = pos + qlen;
    size_t end = start;
    while (end < text.size() && end - start < 80) {
      size_t l = 0;
      if (IsQuoteAt(text, end, &l) || text[end] == '\n') break;
      ++end;
    }
    std::string_view inside = Trim(text.substr(start, end - start));
    return end < text.size() && !inside.empty() && StartsUpper(inside) ? std::string(inside)
                                                                       : std::string();
  }
  std::string name;
  int words = 0;
  size_t i = pos;
  while (i < text.size() && words < 6) {
    size_t b = i;
    while (i < text.size() && text[i] != ' ' && text[i] != ',' && text[i] != ';' &&
           text[i] != ':' && text[i] != '\n' && text[i] != '(' && text[i] != ')' &&
           text[i] != '"') {
      ++i;
    }
    std::string_view word = text.substr(b, i - b);
    // A sentence-final period ends the name; "U.S." keeps its inner periods.
    bool ends_sentence = false;
    while (!word.empty() && (word.back() == '.' || word.back() == '!' || word.back() == '?')) {
      if (word.size() >= 2 && word.back() == '.' && word[word.size() - 2] >= 'A' &&
          word[word.size() - 2] <= 'Z' && word.find('.') != word.size() - 1) {
        break;  // an abbreviation such as "U.S."
      }
      word.remove_suffix(1);
      ends_sentence = true;
    }
    if (word.empty()) break;
    bool connector = word == "of" || word == "and" || word == "&" || word == "de";
    if (!StartsUpper(word) && !(connector && words > 0)) break;
    if (!name.empty()) name += ' ';
    name += word;
    ++words;
    if (ends_sentence || i >= text.size() || text[i] != ' ') break;
    ++i;
  }
  // Drop trailing connectors ("Times and").
  while (true) {
    size_t sp = name.rfind(' ');
    if (sp == std::string::npos) break;
    std::string_view last = std::string_view(name).substr(sp + 1);
    if (last != "of" && last != "and" && last != "&" && last != "de") break;
    name.resize(sp);
  }
  return name;
}

struct Cue {
  std::string_view phrase;
  bool strong;  // the cue alone says the name is a publication
};

constexpr Cue kCues[] = {
    {"appeared first on ", true},
    {"first appeared on ", true},
    {"originally published by ", true},
    {"originally published on ", true},
    {"originally published in ", true},
    {"originally appeared on ", true},
    {"originally appeared in ", true},
    {"republished from ", true},
    {"citing ", false},
    {"according to ", false},
    {"reported by ", false},
    {"cited by ", false},
    {"told ", false},  // "a spokesman told Reuters": the quote was given to that outlet
    {"in an interview with ", false},
    {"quoted by ", false},
};

// The capitalised run (at most six words, with "of"/"and" inside) that ends right before
// text[end]: "The Washington Post" in "The Washington Post reported". Empty when none.
std::string NameBefore(std::string_view text, size_t end) {
  size_t b = end;
  int words = 0;
  while (b > 0 && words < 6) {
    size_t e = b;
    size_t s = e;
    while (s > 0 && text[s - 1] != ' ' && text[s - 1] != '\n' && text[s - 1] != ',' &&
           text[s - 1] != '(' && text[s - 1] != '"') {
      --s;
    }
    std::string_view word = text.substr(s, e - s);
    const bool connector = word == "of" || word == "and" || word == "&";
    if (word.empty() || !(StartsUpper(word) || (connector && words > 0))) break;
    // A sentence end before the word closes the name.
    b = s;
    ++words;
    if (b == 0 || text[b - 1] != ' ') break;
    if (b >= 2 && (text[b - 2] == '.' || text[b - 2] == '!' || text[b - 2] == '?' ||
                   text[b - 2] == ':' || text[b - 2] == ';')) {
      break;
    }
    --b;  // the space
    if (b == 0) break;
  }
  while (b < end && text[b] == ' ') ++b;
  std::string name(Trim(text.substr(b, end - b)));
  // Leading connectors and a leading "The" stay as written; trailing ones cannot occur.
  while (StartsWith(name, "of ") || StartsWith(name, "and "))
    name = name.substr(name.find(' ') + 1);
  return name;
}

}  // namespace

void FindCites(std::string_view text, bool strong_only,
               const std::unordered_set<std::string>& known, std::vector<std::string>* cites) {
  auto add = [&](std::string name, bool strong) {
    while (!name.empty() && (name.back() == '.' || name.back() == ',')) name.pop_back();
    std::string key = CitationKey(name);
    if (key.empty()) return;
    if (!strong && !known.count(key) && !LooksLikeOutlet(key)) return;
    for (const std::string& c : *cites) {
      if (CitationKey(c) == key) return;
    }
    cites->push_back(std::move(name));
  };
  for (const Cue& cue : kCues) {
    if (strong_only && !cue.strong) continue;
    size_t pos = 0;
    while ((pos = text.find(cue.phrase, pos)) != std::string_view::npos) {
      pos += cue.phrase.size();
      std::string name = NameAt(text, pos);
      if (!name.empty()) add(std::move(name), cue.strong);
    }
  }
  if (strong_only) return;
  // Outlet reports …, unquoted: "Reuters reported", "The Harbour Courier wrote". Only a name that
  // looks like an outlet (or is one of the story's) counts.
  for (std::string_view verb : {" reported", " reports", " wrote", " writes"}) {
    size_t pos = 0;
    while ((pos = text.find(verb, pos)) != std::string_view::npos) {
      size_t end = pos;
      pos += verb.size();
      if (pos < text.size() && text[pos] != ' ' && text[pos] != ',' && text[pos] != '.' &&
          text[pos] != ';') {
        continue;  // "reportedly", "reporters"
      }
      std::string name = NameBefore(text, end);
      if (!name.empty()) add(std::move(name), false);
    }
  }
  // "Outlet" reports …: a quoted name followed by a reporting verb.
  for (std::string_view verb : {" reports", " reported", " wrote", " writes"}) {
    size_t pos = 0;
    while ((pos = text.find(verb, pos)) != std::string_view::npos) {
      size_t end = pos;
      pos += verb.size();
      if (end == 0) continue;
      size_t close = utf8::FloorBoundary(text, end - 1);
      size_t qlen = 0;
      if (!IsQuoteAt(text, close, &qlen)) continue;
      // Walk back to the opening quote, at most 80 bytes.
      size_t open = close;
      bool found = false;
      while (open > 0 && close - open < 80) {
        open = utf8::FloorBoundary(text, open - 1);
        size_t l = 0;
        if (text[open] == '\n') break;
        if (IsQuoteAt(text, open, &l)) {
          found = true;
          break;
        }
      }
      if (!found) continue;
      size_t l = 0;
      IsQuoteAt(text, open, &l);
      std::string_view inside = Trim(text.substr(open + l, close - open - l));
      // A quoted name that "reports" is a publication whatever its name.
      if (!inside.empty() && StartsUpper(inside)) add(std::string(inside), true);
    }
  }
}

}  // namespace corroborate
