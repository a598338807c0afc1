#include "analyze/number_words.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <charconv>

#include "core/utf8.h"

namespace corroborate::scan {
namespace {

bool IsAlnumCp(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  return u_isalnum(static_cast<UChar32>(c));
}
bool IsDigitCp(char32_t c) { return c >= '0' && c <= '9'; }
bool IsLetterCp(char32_t c) { return IsAlnumCp(c) && !IsDigitCp(c); }
bool IsSpaceCp(char32_t c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0xA0 ||
         (c >= 0x80 && u_isUWhiteSpace(static_cast<UChar32>(c)));
}

char32_t PeekAt(std::string_view text, size_t pos, size_t end) {
  if (pos >= end) return 0;
  size_t p = pos;
  return utf8::Next(text.substr(0, end), &p);
}

// True when the word text[begin, pos) looks like a dotted abbreviation so far: single letters
// separated by periods ("U", "U.S", "a.m").
bool DottedSoFar(std::string_view text, size_t begin, size_t pos) {
  size_t run = 0;
  for (size_t i = begin; i < pos; ++i) {
    char c = text[i];
    if (c == '.') {
      if (run != 1) return false;
      run = 0;
    } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
      ++run;
    } else {
      return false;
    }
    if (pos - begin > 12) return false;
  }
  return run == 1;
}

}  // namespace

std::vector<Paragraph> SplitParagraphs(std::string_view text) {
  std::vector<Paragraph> out;
  size_t start = 0;
  uint32_t index = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end), index++});
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return out;
}

std::vector<Sentence> SentencesOrParagraphs(const AnnotatedDoc& doc) {
  if (!doc.sentences.empty()) {
    std::vector<Sentence> s = doc.sentences;
    std::stable_sort(s.begin(), s.end(), [](const Sentence& a, const Sentence& b) {
      return a.span.begin < b.span.begin;
    });
    return s;
  }
  std::vector<Sentence> out;
  if (doc.article == nullptr) return out;
  for (const Paragraph& p : SplitParagraphs(doc.text())) {
    Sentence s;
    s.span = {p.begin, p.end};
    s.paragraph = p.index;
    out.push_back(s);
  }
  return out;
}

uint32_t SentenceAt(const std::vector<Sentence>& sentences, uint32_t pos) {
  if (sentences.empty()) return 0;
  auto it = std::upper_bound(sentences.begin(), sentences.end(), pos,
                             [](uint32_t v, const Sentence& s) { return v < s.span.begin; });
  if (it == sentences.begin()) return 0;
  return static_cast<uint32_t>(it - sentences.begin() - 1);
}

void LexParagraph(std::string_view text, const Paragraph& p, const std::vector<Sentence>& sentences,
                  std::vector<Lex>* out) {
  const size_t end = std::min<size_t>(p.end, text.size());
  size_t pos = p.begin;
  uint32_t sentence = SentenceAt(sentences, p.begin);
  auto sentence_for = [&](uint32_t at) {
    while (sentence + 1 < sentences.size() && sentences[sentence + 1].span.begin <= at) ++sentence;
    return sentence;
  };
  while (pos < end) {
    size_t start = pos;
    char32_t c = utf8::Next(text.substr(0, end), &pos);
    if (IsSpaceCp(c)) continue;
    Lex lex;
    lex.begin = static_cast<uint32_t>(start);
    if (!IsAlnumCp(c)) {
      lex.kind = LexKind::kPunct;
      lex.end = static_cast<uint32_t>(pos);
      lex.sentence = sentence_for(lex.begin);
      out->push_back(lex);
      continue;
    }
    lex.kind = IsDigitCp(c) ? LexKind::kNumber : LexKind::kWord;
    char32_t prev = c;
    while (pos < end) {
      size_t next_pos = pos;
      char32_t n = utf8::Next(text.substr(0, end), &next_pos);
      if (IsAlnumCp(n)) {
        prev = n;
        pos = next_pos;
        continue;
      }
      char32_t after = PeekAt(text, next_pos, end);
      bool join = false;
      if ((n == '-' || n == 0x2011) && IsAlnumCp(prev) && IsAlnumCp(after)) {
        join = true;
      } else if ((n == '\'' || n == 0x2019) && IsLetterCp(prev) && IsLetterCp(after)) {
        join = true;
      } else if (n == '.' && IsDigitCp(prev) && IsDigitCp(after)) {
        join = true;
      } else if (n == ':' && IsDigitCp(prev) && IsDigitCp(after) && next_pos + 1 < end &&
                 IsDigitCp(static_cast<unsigned char>(text[next_pos + 1]))) {
        join = true;
      } else if (n == ',' && IsDigitCp(prev) && next_pos + 3 <= end) {
        bool three = true;
        for (size_t k = 0; k < 3; ++k)
          three = three && IsDigitCp(static_cast<unsigned char>(text[next_pos + k]));
        bool fourth =
            next_pos + 3 < end && IsDigitCp(static_cast<unsigned char>(text[next_pos + 3]));
        join = three && !fourth;
      } else if (n == '.' && IsLetterCp(prev) && DottedSoFar(text, start, pos)) {
        // "U.S", "a.m": continue into the next letter, or keep the closing period of "U.S.".
        if (IsLetterCp(after)) {
          join = true;
        } else if (pos - start >= 3) {
          pos = next_pos;
          break;
        }
      }
      if (!join) break;
      prev = n;
      pos = next_pos;
    }
    lex.end = static_cast<uint32_t>(pos);
    lex.sentence = sentence_for(lex.begin);
    out->push_back(lex);
  }
}

std::string LowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsCapitalized(std::string_view word) {
  if (word.empty()) return false;
  size_t p = 0;
  char32_t c = utf8::Next(word, &p);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c));
}

bool IsAllDigits(std::string_view s) {
  if (s.empty()) return false;
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool IsPunct(std::string_view text, const Lex& l, std::string_view p) {
  return l.kind == LexKind::kPunct && Str(text, l) == p;
}

std::string_view StripPossessive(std::string_view word) {
  if (word.size() > 2 && (word.ends_with("'s") || word.ends_with("'S"))) {
    return word.substr(0, word.size() - 2);
  }
  if (word.size() > 4 && word.ends_with("\xE2\x80\x99s")) return word.substr(0, word.size() - 4);
  return word;
}

namespace {

constexpr std::array<std::string_view, 20> kUnits = {
    "zero",     "one",     "two",     "three",     "four",     "five",    "six",
    "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",  "thirteen",
    "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
constexpr std::array<std::string_view, 10> kTens = {
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
constexpr std::array<std::string_view, 20> kOrdinals = {
    "zeroth",     "first",     "second",    "third",       "fourth",     "fifth",     "sixth",
    "seventh",    "eighth",    "ninth",     "tenth",       "eleventh",   "twelfth",   "thirteenth",
    "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
constexpr std::array<std::string_view, 10> kTenOrdinals = {
    "",         "",         "twentieth",  "thirtieth", "fortieth",
    "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth"};

int SimpleCardinal(std::string_view w) {
  for (size_t i = 1; i < kUnits.size(); ++i) {
    if (w == kUnits[i]) return static_cast<int>(i);
  }
  for (size_t i = 2; i < kTens.size(); ++i) {
    if (w == kTens[i]) return static_cast<int>(i * 10);
  }
  if (w == "dozen") return 12;
  return -1;
}

}  // namespace

int CardinalWord(std::string_view w) {
  size_t dash = w.find('-');
  if (dash == std::string_view::npos) return SimpleCardinal(w);
  int tens = SimpleCardinal(w.substr(0, dash));
  int unit = SimpleCardinal(w.substr(dash + 1));
  if (tens >= 20 && tens % 10 == 0 && unit >= 1 && unit <= 9) return tens + unit;
  return -1;
}

int OrdinalWord(std::string_view w) {
  for (size_t i = 1; i < kOrdinals.size(); ++i) {
    if (w == kOrdinals[i]) return static_cast<int>(i);
  }
  for (size_t i = 2; i < kTenOrdinals.size(); ++i) {
    if (w == kTenOrdinals[i]) return static_cast<int>(i * 10);
  }
  size_t dash = w.find('-');
  if (dash != std::string_view::npos) {
    int tens = SimpleCardinal(w.substr(0, dash));
    for (size_t i = 1; i <= 9; ++i) {
      if (w.substr(dash + 1) == kOrdinals[i] && tens >= 20 && tens % 10 == 0) {
        return tens + static_cast<int>(i);
      }
    }
  }
  return -1;
}

double MultiplierWord(std::string_view w) {
  if (w == "hundred") return 1e2;
  if (w == "thousand") return 1e3;
  if (w == "million" || w == "mn") return 1e6;
  if (w == "billion" || w == "bn") return 1e9;
  if (w == "trillion") return 1e12;
  return 0;
}

int MonthWord(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kFull = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (word.size() < 3 || word.size() > 9 || !IsCapitalized(word)) return 0;
  std::string w = LowerAscii(word);
  for (size_t i = 0; i < kFull.size(); ++i) {
    if (w == kFull[i]) return static_cast<int>(i + 1);
    if (w.size() == 3 && kFull[i].substr(0, 3) == w) return static_cast<int>(i + 1);
  }
  if (w == "sept") return 9;
  return 0;
}

int WeekdayWord(std::string_view word) {
  static constexpr std::array<std::string_view, 7> kDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  if (word.size() < 6 || word.size() > 9 || !IsCapitalized(word)) return -1;
  std::string w = LowerAscii(word);
  for (size_t i = 0; i < kDays.size(); ++i) {
    if (w == kDays[i]) return static_cast<int>(i);
  }
  return -1;
}

bool ParseDigits(std::string_view s, double* value) {
  if (s.empty() || s.size() > 40) return false;
  std::string clean;
  bool dot = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      clean.push_back(c);
    } else if (c == ',') {
      if (dot) return false;
    } else if (c == '.') {
      if (dot) return false;
      dot = true;
      clean.push_back(c);
    } else {
      return false;
    }
  }
  if (clean.empty() || clean.front() == '.' || clean.back() == '.') return false;
  double v = 0;
  auto [ptr, ec] = std::from_chars(clean.data(), clean.data() + clean.size(), v);
  if (ec != std::errc() || ptr != clean.data() + clean.size()) return false;
  *value = v;
  return true;
}

}  // namespace corroborate::scan
