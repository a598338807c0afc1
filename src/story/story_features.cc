#include "story/story_features.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <iterator>

#include "analyze/entity_lexicon.h"

namespace corroborate {
namespace {

// Function words, reporting verbs and calendar words: they say nothing about which event an
// article reports (dates are kept apart, as date terms).
constexpr std::string_view kStopWords[] = {
    "a",        "about",    "above",    "according", "after",     "again",    "against",
    "ago",      "all",      "almost",   "also",      "although",  "am",       "among",
    "an",       "and",      "another",  "any",       "are",       "around",   "as",
    "at",       "be",       "became",   "because",   "been",      "before",   "being",
    "below",    "between",  "both",     "but",       "by",        "can",      "could",
    "did",      "do",       "does",     "doing",     "done",      "down",     "during",
    "each",     "either",   "else",     "even",      "ever",      "every",    "few",
    "for",      "from",     "further",  "get",       "got",       "had",      "has",
    "have",     "having",   "he",       "her",       "here",      "hers",     "herself",
    "him",      "himself",  "his",      "how",       "however",   "i",        "if",
    "in",       "into",     "is",       "it",        "its",       "itself",   "just",
    "last",     "later",    "least",    "less",      "like",      "made",     "make",
    "many",     "may",      "me",       "might",     "more",      "most",     "much",
    "must",     "my",       "myself",   "near",      "neither",   "never",    "new",
    "no",       "nor",      "not",      "now",       "of",        "off",      "often",
    "on",       "once",     "one",      "only",      "or",        "other",    "others",
    "our",      "ours",     "out",      "over",      "own",       "per",      "perhaps",
    "rather",   "really",   "reported", "said",      "same",      "say",      "says",
    "saying",   "see",      "seen",     "several",   "she",       "should",   "since",
    "so",       "some",     "still",    "such",      "than",      "that",     "the",
    "their",    "theirs",   "them",     "then",      "there",     "these",    "they",
    "this",     "those",    "though",   "through",   "thus",      "to",       "told",
    "too",      "toward",   "towards",  "under",     "until",     "up",       "upon",
    "us",       "very",     "via",      "was",       "we",        "well",     "were",
    "what",     "whatever", "when",     "where",     "whether",   "which",    "while",
    "who",      "whom",     "whose",    "why",       "will",      "with",     "within",
    "without",  "would",    "yet",      "you",       "your",      "yours",    "yesterday",
    "today",    "tomorrow", "week",     "year",      "years",     "day",      "days",
    "time",     "two",      "three",    "first",     "tell",      "mr",       "mrs",
    "ms",       "dr",       "monday",   "tuesday",   "wednesday", "thursday", "friday",
    "saturday", "sunday",   "s",        "t",         "don",       "didn",     "isn",
    "weekend",  "morning",  "night",    "afternoon", "evening",   "tonight",  "month",
};

// Words before a capitalised name that make it a place ("in Geneva", "near Mosul").
constexpr std::string_view kPlaceCues[] = {"in",     "at",     "near",   "outside",
                                           "across", "inside", "around", "into"};

// Abbreviations whose dot does not end a sentence.
constexpr std::string_view kAbbreviations[] = {
    "mr",  "mrs", "ms",  "dr",  "gen",  "sen", "rep", "gov", "lt",   "col", "sgt",
    "st",  "mt",  "no",  "jan", "feb",  "mar", "apr", "jun", "jul",  "aug", "sep",
    "oct", "nov", "dec", "inc", "corp", "ltd", "jr",  "sr",  "sept", "vs",  "u.s"};

uint32_t Fnv1a32(std::string_view s) {
  uint32_t h = 2166136261u;
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}

// A set of words by their hash (open addressing; 32-bit hashes of a few hundred words do not
// collide with each other, and a rare collision with another word only drops that word).
class WordHashSet {
 public:
  template <size_t N>
  explicit WordHashSet(const std::string_view (&words)[N]) {
    for (std::string_view w : words) Insert(Fnv1a32(w));
  }
  bool Contains(uint32_t h) const {
    if (h == 0) return false;
    for (size_t b = h & kMask;; b = (b + 1) & kMask) {
      if (slots_[b] == h) return true;
      if (slots_[b] == 0) return false;
    }
  }

 private:
  static constexpr size_t kSlots = 1024;
  static constexpr size_t kMask = kSlots - 1;
  void Insert(uint32_t h) {
    size_t b = h & kMask;
    while (slots_[b] != 0 && slots_[b] != h) b = (b + 1) & kMask;
    slots_[b] = h;
  }
  std::array<uint32_t, kSlots> slots_{};
};

const WordHashSet& StopWords() {
  static const WordHashSet set(kStopWords);
  return set;
}
const WordHashSet& PlaceCues() {
  static const WordHashSet set(kPlaceCues);
  return set;
}
const WordHashSet& Abbreviations() {
  static const WordHashSet set(kAbbreviations);
  return set;
}

// 1..12 for a lowercased month name or its abbreviation ("december", "dec", "sept"), else 0.
int MonthOf(std::string_view w) {
  static constexpr std::string_view kFull[] = {"january",   "february", "march",    "april",
                                               "may",       "june",     "july",     "august",
                                               "september", "october",  "november", "december"};
  if (w.size() < 3) return 0;
  for (size_t m = 0; m < 12; ++m) {
    if (w.substr(0, 3) != kFull[m].substr(0, 3)) continue;
    if (w.size() == 3 || w == kFull[m] || (m == 8 && w == "sept")) return static_cast<int>(m + 1);
    return 0;
  }
  return 0;
}

enum class CharClass : uint8_t { kSpace, kNewline, kLower, kUpper, kDigit, kPunct };

constexpr std::array<CharClass, 128> MakeAsciiClasses() {
  std::array<CharClass, 128> t{};
  for (int c = 0; c < 128; ++c) {
    CharClass k = CharClass::kPunct;
    if (c == '\n') {
      k = CharClass::kNewline;
    } else if (c == ' ' || c == '\t' || c == '\r' || c < 0x20) {
      k = CharClass::kSpace;
    } else if (c >= 'a' && c <= 'z') {
      k = CharClass::kLower;
    } else if (c >= 'A' && c <= 'Z') {
      k = CharClass::kUpper;
    } else if (c >= '0' && c <= '9') {
      k = CharClass::kDigit;
    }
    t[static_cast<size_t>(c)] = k;
  }
  return t;
}
constexpr std::array<CharClass, 128> kAscii = MakeAsciiClasses();

// Decodes the code point at s[i] (lenient: a bad byte is one code point) and returns its length.
size_t DecodeAt(std::string_view s, size_t i, char32_t* cp) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    *cp = c;
    return 1;
  }
  size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (i + len > s.size()) len = 1;
  char32_t v = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
  for (size_t k = 1; k < len; ++k) v = (v << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  *cp = v;
  return len;
}

// Latin-1 letters (U+00C0..U+00FF) and Latin Extended-A (U+0100..U+017F) as the ASCII letter
// they carry, in their case ('*' for the two signs among them): "Vendôme" and "Vendome",
// "Gérard" and "Gerard" are written both ways in the news.
constexpr std::string_view kLatinBase =
    "AAAAAAACEEEEIIII"   // U+00C0
    "DNOOOOO*OUUUUYTs"   // U+00D0 (U+00D7 is the multiplication sign)
    "aaaaaaaceeeeiiii"   // U+00E0
    "dnooooo*ouuuuyty"   // U+00F0 (U+00F7 is the division sign)
    "AaAaAaCcCcCcCcDd"   // U+0100
    "DdEeEeEeEeEeGgGg"   // U+0110
    "GgGgHhHhIiIiIiIi"   // U+0120
    "IiJjJjKkkLlLlLlL"   // U+0130
    "lLlNnNnNnnNnOoOo"   // U+0140
    "OoOoRrRrRrSsSsSs"   // U+0150
    "SsTtTtTtUuUuUuUu"   // U+0160
    "UuUuWwYyYZzZzZzs";  // U+0170
static_assert(kLatinBase.size() == 0x180 - 0xC0);

char LatinBase(char32_t c) { return c >= 0xC0 && c < 0x180 ? kLatinBase[c - 0xC0] : 0; }

// Non-ASCII: general, Latin-1 and CJK punctuation separate words; capitals of Latin-1, Latin
// Extended-A, Greek and Cyrillic are upper case; anything else is a letter.
CharClass ClassOf(char32_t c) {
  if (c < 0x80) return kAscii[c];
  if (c == 0xA0 || c == 0x2002 || c == 0x2003 || c == 0x2009 || c == 0x202F) {
    return CharClass::kSpace;
  }
  if (char base = LatinBase(c); base != 0) {
    if (base == '*') return CharClass::kPunct;
    return base >= 'A' && base <= 'Z' ? CharClass::kUpper : CharClass::kLower;
  }
  if ((c >= 0xA1 && c <= 0xBF) || (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) ||
      (c >= 0xFF01 && c <= 0xFF0F) || c == 0xFEFF) {
    return CharClass::kPunct;
  }
  if ((c >= 0x391 && c <= 0x3A9) || (c >= 0x400 && c <= 0x42F)) return CharClass::kUpper;
  return CharClass::kLower;
}

bool IsWordClass(CharClass k) {
  return k == CharClass::kLower || k == CharClass::kUpper || k == CharClass::kDigit;
}
bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

// Appends code point cp (whose UTF-8 bytes are `bytes`) in lower case, Latin letters without
// their diacritics (see kLatinBase), Greek and Cyrillic capitals lowered.
void AppendLower(char32_t cp, std::string_view bytes, std::string* out) {
  if (cp < 0x80) {
    out->push_back(cp >= 'A' && cp <= 'Z' ? static_cast<char>(cp + 32) : static_cast<char>(cp));
    return;
  }
  if (char base = LatinBase(cp); base != 0 && base != '*') {
    out->push_back(base >= 'A' && base <= 'Z' ? static_cast<char>(base + 32) : base);
    return;
  }
  char32_t lower = cp;
  if ((cp >= 0x391 && cp <= 0x3A9) || (cp >= 0x410 && cp <= 0x42F)) {
    lower = cp + 0x20;
  } else if (cp >= 0x400 && cp <= 0x40F) {
    lower = cp + 0x50;
  }
  if (lower == cp || bytes.size() != 2) {
    out->append(bytes);
  } else {
    out->push_back(static_cast<char>(0xC0 | (lower >> 6)));
    out->push_back(static_cast<char>(0x80 | (lower & 0x3F)));
  }
}

// A light English suffix stripper for lowercased ASCII words: plural -s/-es/-ies, -ed, -ing
// and a final -e, so that "fired", "fires", "firing" and "fire" meet. Never below 3 letters.
std::string_view Stem(std::string_view w) {
  for (unsigned char c : w) {
    if (c < 'a' || c > 'z') return w;
  }
  if (w.size() <= 3) return w;
  auto ends = [](std::string_view s, std::string_view suffix) {
    return s.size() > suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
  };
  std::string_view s = w;
  if (ends(s, "ies") && s.size() > 4) {
    s.remove_suffix(2);  // "injuries" -> "injuri"
  } else if (ends(s, "sses")) {
    s.remove_suffix(2);
  } else if (ends(s, "s") && !ends(s, "ss") && !ends(s, "us") && !ends(s, "is")) {
    s.remove_suffix(1);
  }
  if (s.size() > 5 && ends(s, "ing")) {
    s.remove_suffix(3);
  } else if (s.size() > 4 && ends(s, "ed")) {
    s.remove_suffix(2);
  }
  if (s.size() > 3 && s.back() == 'e') s.remove_suffix(1);
  if (s.size() > 3 && s[s.size() - 1] == s[s.size() - 2] && s.back() != 'l' && s.back() != 's' &&
      s.back() != 'z') {
    s.remove_suffix(1);  // "stopped" -> "stopp" -> "stop"
  }
  return s;
}

}  // namespace

uint32_t MakeTerm(std::string_view lowered, TermKind kind) {
  return (Fnv1a32(lowered) & ~7u) | static_cast<uint32_t>(kind);
}

int32_t PublishDay(const Timestamp& published) {
  // An inferred year can be off by one, which would put the article a year from its event.
  if (!published.date.has_day() || published.year_inferred) return kNoDay;
  return static_cast<int32_t>(published.date.ToDays());
}

float StoryFeatureExtractor::LineWeight(uint32_t line) const {
  return line == 0 ? options_.headline_weight : line == 1 ? options_.lead_weight : 1.0f;
}

void StoryFeatureExtractor::Add(uint32_t term, const Token& at, float factor) {
  raw_.push_back({term, LineWeight(at.line) * factor});
}

void StoryFeatureExtractor::Tokenize() {
  tokens_.clear();
  lower_.clear();
  const std::string_view s = scanned_;
  const WordHashSet& stop = StopWords();
  uint32_t line = 0;
  bool sentence_start = true;
  bool broke = true;
  size_t i = 0;
  while (i < s.size()) {
    char32_t cp;
    size_t len = DecodeAt(s, i, &cp);
    CharClass cls = ClassOf(cp);
    if (cls == CharClass::kNewline) {
      // Blank lines do not advance the headline/lead/body counter.
      if (!tokens_.empty() && tokens_.back().line == line) ++line;
      sentence_start = broke = true;
      i += len;
      continue;
    }
    if (cls == CharClass::kSpace) {
      i += len;
      continue;
    }
    if (cls == CharClass::kPunct) {
      if (cp == '.' || cp == '!' || cp == '?') {
        // "W." (an initial) and "Mr." do not end a sentence.
        bool abbreviation = false;
        if (cp == '.' && !tokens_.empty() && tokens_.back().end == i) {
          const Token& prev = tokens_.back();
          abbreviation = (prev.end - prev.begin == 1 && prev.capitalised) ||
                         Abbreviations().Contains(prev.hash);
        }
        if (!abbreviation) sentence_start = broke = true;
      } else if (cp != '"' && cp != 0x201C && cp != 0x201D && cp != '(' && cp != ')') {
        broke = true;
      }
      i += len;
      continue;
    }
    // A word: letters and digits, with inner apostrophes and inner dots/commas between digits.
    Token t;
    t.begin = static_cast<uint32_t>(i);
    t.lower_begin = static_cast<uint32_t>(lower_.size());
    t.line = line;
    t.capitalised = cls == CharClass::kUpper;
    t.number = cls == CharClass::kDigit;
    bool all_upper = true;
    size_t letters = 0;
    size_t j = i;
    while (j < s.size()) {
      char32_t c;
      size_t l = DecodeAt(s, j, &c);
      CharClass k = ClassOf(c);
      if (IsWordClass(k)) {
        if (k == CharClass::kLower) all_upper = false;
        if (k != CharClass::kDigit) ++letters;
        AppendLower(c, s.substr(j, l), &lower_);
        j += l;
        continue;
      }
      if (j + l < s.size() && (c == '.' || c == ',' || IsApostrophe(c))) {
        char32_t next;
        DecodeAt(s, j + l, &next);
        CharClass nk = ClassOf(next);
        bool inner_digit_sep = c != '\'' && c != 0x2019 && t.number && nk == CharClass::kDigit;
        bool inner_apostrophe =
            IsApostrophe(c) && (nk == CharClass::kLower || nk == CharClass::kUpper);
        if (inner_digit_sep || inner_apostrophe) {
          lower_.push_back(c == ',' ? ',' : c == '.' ? '.' : '\'');
          j += l;
          continue;
        }
      }
      break;
    }
    t.end = static_cast<uint32_t>(j);
    // Possessive 's says nothing about the name.
    size_t lower_end = lower_.size();
    if (lower_end - t.lower_begin > 2 && lower_[lower_end - 1] == 's' &&
        lower_[lower_end - 2] == '\'') {
      lower_end -= 2;
    }
    lower_.resize(lower_end);
    t.lower_end = static_cast<uint32_t>(lower_end);
    t.hash = Fnv1a32(Lowered(t));
    t.all_caps = all_upper && letters >= 2;
    t.stop = stop.Contains(t.hash);
    t.sentence_start = sentence_start;
    t.after_break = broke;
    sentence_start = broke = false;
    // Links are not words.
    std::string_view low = Lowered(t);
    if ((low == "http" || low == "https" || low == "www") && j < s.size() &&
        (s[j] == ':' || s[j] == '.')) {
      while (j < s.size() && s[j] != ' ' && s[j] != '\n') ++j;
      lower_.resize(t.lower_begin);
      broke = true;
      i = j;
      continue;
    }
    tokens_.push_back(t);
    i = j;
  }
}

// On lines written like headlines ("Ellen DeGeneres To Host Oscars", "COLTS TOP CHIEFS"),
// capitals do not mark names; there, and at sentence starts, a capitalised word counts as a
// name only when the article also writes it capitalised mid-sentence.
void StoryFeatureExtractor::MarkUncertainLines() {
  midsentence_caps_.clear();
  size_t begin = 0;
  while (begin < tokens_.size()) {
    size_t end = begin;
    size_t words = 0, caps = 0, all_caps = 0;
    while (end < tokens_.size() && tokens_[end].line == tokens_[begin].line) {
      const Token& t = tokens_[end];
      if (!t.number && t.end - t.begin >= 4) {
        ++words;
        caps += t.capitalised;
        all_caps += t.all_caps;
      }
      ++end;
    }
    bool headline_style = words >= 2 && (caps * 10 >= words * 7 || all_caps * 10 >= words * 6);
    for (size_t k = begin; k < end; ++k) {
      Token& t = tokens_[k];
      t.uncertain_case = headline_style || t.sentence_start;
      if (t.capitalised && !t.uncertain_case) midsentence_caps_.push_back(t.hash);
    }
    begin = end;
  }
  std::sort(midsentence_caps_.begin(), midsentence_caps_.end());
}

void StoryFeatureExtractor::FindNames() {
  place_names_.clear();
  for (size_t k = 0; k < tokens_.size(); ++k) {
    Token& t = tokens_[k];
    if (!t.capitalised || t.number || t.stop || t.lower_end - t.lower_begin < 2) continue;
    if (MonthOf(Lowered(t)) != 0) continue;
    LexiconClass lexicon = LookupName(Text(t));
    if (lexicon == LexiconClass::kNotEntity) continue;
    if (t.uncertain_case &&
        !std::binary_search(midsentence_caps_.begin(), midsentence_caps_.end(), t.hash) &&
        !(t.all_caps && t.end - t.begin <= 5 && !t.sentence_start) &&
        lexicon == LexiconClass::kNone) {
      // "Vardanyan and Mammadli met…" or "Rescuers searched…": counted half as a word, half
      // as a name, so that it meets the name written mid-sentence in other reports.
      t.maybe_name = true;
      continue;
    }
    t.name = true;
    if (lexicon == LexiconClass::kPlace) place_names_.push_back(t.hash);
  }
  // A run of names right after a place cue is a place ("in New York City").
  const WordHashSet& cues = PlaceCues();
  for (size_t k = 1; k < tokens_.size(); ++k) {
    if (!tokens_[k].name || tokens_[k].after_break || tokens_[k - 1].capitalised ||
        !cues.Contains(tokens_[k - 1].hash)) {
      continue;
    }
    for (size_t r = k; r < tokens_.size() && tokens_[r].name; ++r) {
      if (r > k && tokens_[r].after_break) break;
      place_names_.push_back(tokens_[r].hash);
    }
  }
  // Every occurrence of a place word in this article is the place.
  std::sort(place_names_.begin(), place_names_.end());
  for (Token& t : tokens_) {
    t.place = t.name && std::binary_search(place_names_.begin(), place_names_.end(), t.hash);
  }
}

void StoryFeatureExtractor::EmitNumbersAndDates() {
  auto day_number = [&](const Token& t) -> int {
    if (!t.number) return 0;
    std::string_view v = Lowered(t);
    int d = 0;
    size_t k = 0;
    for (; k < v.size() && k < 3 && v[k] >= '0' && v[k] <= '9'; ++k) d = d * 10 + (v[k] - '0');
    for (size_t r = k; r < v.size(); ++r) {  // "14", "14th", "3rd": digits, then letters only
      if ((v[r] >= '0' && v[r] <= '9') || v[r] == '.' || v[r] == ',') return 0;
    }
    return d >= 1 && d <= 31 ? d : 0;
  };
  char buf[24];
  for (size_t k = 0; k < tokens_.size(); ++k) {
    Token& t = tokens_[k];
    if (t.number || !t.capitalised || t.lower_end - t.lower_begin < 3) continue;
    int month = MonthOf(Lowered(t));
    if (month == 0) continue;
    int day = 0;
    if (k + 1 < tokens_.size() && (day = day_number(tokens_[k + 1])) != 0) {
      tokens_[k + 1].used = true;
    } else if (k > 0 && (day = day_number(tokens_[k - 1])) != 0) {
      tokens_[k - 1].used = true;
    } else if (t.lower_end - t.lower_begin == 3) {
      continue;  // "May" the verb, "Mar" a name: only with a day
    }
    int n = day != 0 ? std::snprintf(buf, sizeof buf, "%d-%d", month, day)
                     : std::snprintf(buf, sizeof buf, "%d", month);
    Add(MakeTerm(std::string_view(buf, static_cast<size_t>(n)), TermKind::kDate), t,
        day != 0 ? 1.0f : 0.5f);
  }
  for (const Token& t : tokens_) {
    if (!t.number || t.used) continue;
    scratch_.clear();
    for (char c : Lowered(t)) {
      if ((c >= '0' && c <= '9') || c == '.') {
        scratch_.push_back(c);
      } else if (c != ',') {
        break;  // "6th" -> "6", "1950s" -> "1950"
      }
    }
    if (scratch_.empty()) continue;
    bool year = scratch_.size() == 4 && scratch_ >= "1900" && scratch_ <= "2099";
    Add(MakeTerm(scratch_, year ? TermKind::kDate : TermKind::kNumber), t);
  }
}

void StoryFeatureExtractor::EmitWords() {
  for (const Token& t : tokens_) {
    if (t.name || t.number || t.used || t.stop || t.lower_end - t.lower_begin < 2) continue;
    std::string_view lowered = Lowered(t);
    if (t.capitalised && MonthOf(lowered) != 0) continue;
    if (t.maybe_name) {
      Add(MakeTerm(lowered, TermKind::kName), t, 0.5f);
      Add(MakeTerm(Stem(lowered), TermKind::kWord), t, 0.5f);
      continue;
    }
    Add(MakeTerm(Stem(lowered), TermKind::kWord), t);
  }
}

void StoryFeatureExtractor::EmitNames() {
  for (size_t k = 0; k < tokens_.size();) {
    if (!tokens_[k].name) {
      ++k;
      continue;
    }
    size_t end = k + 1;
    while (end < tokens_.size() && tokens_[end].name && !tokens_[end].after_break &&
           tokens_[end].line == tokens_[k].line) {
      ++end;
    }
    scratch_.clear();
    for (size_t r = k; r < end; ++r) {
      const Token& t = tokens_[r];
      uint32_t term = MakeTerm(Lowered(t), TermKind::kName);
      Add(term, t);
      if (t.place) raw_places_.push_back({term, LineWeight(t.line)});
      if (!scratch_.empty()) scratch_.push_back(' ');
      scratch_.append(Lowered(t));
    }
    if (end - k >= 2) {
      uint32_t term = MakeTerm(scratch_, TermKind::kName);
      Add(term, tokens_[k]);
      if (tokens_[k].place) raw_places_.push_back({term, LineWeight(tokens_[k].line)});
    }
    k = end;
  }
}

namespace {

void SortAndMerge(std::vector<TermCount>* raw, std::vector<TermCount>* out) {
  std::sort(raw->begin(), raw->end(),
            [](const TermCount& a, const TermCount& b) { return a.term < b.term; });
  for (const TermCount& r : *raw) {
    if (!out->empty() && out->back().term == r.term) {
      out->back().count += r.count;
    } else {
      out->push_back(r);
    }
  }
}

}  // namespace

StoryFeatures StoryFeatureExtractor::Extract(std::string_view title, std::string_view text,
                                             int32_t day) {
  std::string_view head = title.substr(0, std::min<size_t>(title.size(), 300));
  if (!head.empty() && text.substr(0, head.size()) != head) {
    joined_.assign(head);
    joined_.push_back('\n');
    joined_.append(text);
    scanned_ = joined_;
  } else {
    scanned_ = text;
  }
  raw_.clear();
  raw_places_.clear();
  Tokenize();
  MarkUncertainLines();
  FindNames();
  EmitNumbersAndDates();
  EmitWords();
  EmitNames();
  StoryFeatures out;
  out.day = day;
  SortAndMerge(&raw_, &out.terms);
  SortAndMerge(&raw_places_, &out.places);
  return out;
}

}  // namespace corroborate
