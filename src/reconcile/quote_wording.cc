// Quote wordings (quote_wording.h): words, negation scope, concepts and numbers.
#include "reconcile/quote_wording.h"

#include <algorithm>
#include <cstdlib>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "core/strings.h"
#include "reconcile/claims.h"

namespace corroborate {
namespace {

// A negation reaches this many content words after it ("not there yet").
constexpr int kNegationScope = 3;

bool IsNegator(std::string_view w) {
  static const std::unordered_set<std::string_view> k = {
      "not",  "no",     "never",   "neither", "nor",    "cannot",   "without", "nothing",
      "none", "nobody", "nowhere", "hardly",  "barely", "scarcely", "nor"};
  if (k.count(w)) return true;
  return EndsWith(w, "n't") || EndsWith(w, "n\xE2\x80\x99t");  // "don't", "isn’t"
}

// Intensifiers and hedges that translations add or drop ("very useful").
bool IsFiller(std::string_view w) {
  static const std::unordered_set<std::string_view> k = {
      "very",       "really", "extremely", "quite",  "highly", "rather",    "truly",
      "absolutely", "fairly", "pretty",    "indeed", "rather", "certainly", "somewhat"};
  return k.count(w) > 0;
}

// Evaluative words whose negative-prefixed form flips them ("unconstructive").
const std::unordered_set<std::string_view>& Evaluative() {
  static const std::unordered_set<std::string_view> k = {
      "constructive", "productive",  "useful",      "helpful",     "acceptable",  "successful",
      "realistic",    "serious",     "fair",        "reasonable",  "meaningful",  "substantive",
      "possible",     "likely",      "important",   "necessary",   "true",        "correct",
      "sincere",      "friendly",    "balanced",    "responsible", "effective",   "credible",
      "clear",        "certain",     "appropriate", "legitimate",  "justified",   "satisfactory",
      "lawful",       "legal",       "fruitful",    "honest",      "rational",    "constitutional",
      "professional", "significant", "beneficial",  "valuable",    "sustainable", "stable"};
  return k;
}

// Small synonym classes of evaluative words, the way one source word comes out in different
// translations ("содержательный": substantive, meaningful). Kept narrow on purpose: a class
// only joins wordings already tied to one speaker.
const std::unordered_map<std::string_view, std::string_view>& Synonyms() {
  static const std::unordered_map<std::string_view, std::string_view> k = {
      {"useful", "~useful"},
      {"helpful", "~useful"},
      {"beneficial", "~useful"},
      {"valuable", "~useful"},
      {"worthwhile", "~useful"},
      {"substantive", "~substantive"},
      {"meaningful", "~substantive"},
      {"substantial", "~substantive"},
      {"informative", "~substantive"},
      {"productive", "~productive"},
      {"fruitful", "~productive"},
      {"frank", "~frank"},
      {"candid", "~frank"},
      {"forthright", "~frank"},
      {"difficult", "~difficult"},
      {"tough", "~difficult"},
      {"important", "~important"},
      {"significant", "~important"},
      // Translation variants of common words in statements ("ready to sign a ceasefire if the
      // shelling stops" / "prepared to sign a truce … comes to an end").
      {"ready", "~ready"},
      {"prepared", "~ready"},
      {"willing", "~ready"},
      {"ceasefire", "~truce"},
      {"truce", "~truce"},
      {"armistice", "~truce"},
      {"border", "~border"},
      {"frontier", "~border"},
      {"stop", "~stop"},
      {"end", "~stop"},
      {"cease", "~stop"},
      {"halt", "~stop"},
      // "waiting for signals" / "awaited signals".
      {"wait", "~wait"},
      {"await", "~wait"},
      {"awaited", "~wait"},
      {"awaiting", "~wait"},
      {"waiting", "~wait"},
      {"waited", "~wait"}};
  return k;
}

// Antonyms that are not formed by a prefix: (base, negative).
const std::unordered_map<std::string_view, std::string_view>& Antonyms() {
  static const std::unordered_map<std::string_view, std::string_view> k = {
      {"negative", "positive"},       {"bad", "good"},
      {"pessimistic", "optimistic"},  {"failure", "success"},
      {"unsuccessful", "successful"}, {"useless", "useful"},
      {"meaningless", "meaningful"},  {"fruitless", "fruitful"},
      {"worthless", "worthwhile"}};
  return k;
}

std::string_view StripPossessiveSuffix(std::string_view w) {
  if (EndsWith(w, "'s")) w.remove_suffix(2);
  if (EndsWith(w, "\xE2\x80\x99s")) w.remove_suffix(4);
  return w;
}

uint64_t ConceptHash(std::string_view word) {
  auto it = Synonyms().find(word);
  if (it != Synonyms().end()) return Hash64(it->second);
  std::string stem = StemWord(word);
  it = Synonyms().find(stem);
  if (it != Synonyms().end()) return Hash64(it->second);
  return Hash64(stem);
}

// One word of a wording: its lower-case form and whether a clause break precedes it.
struct WordingToken {
  std::string lower;
  bool clause_break = false;
};

// Splits text into words (letters, digits, apostrophes inside a word; any non-ASCII letter),
// noting clause punctuation (, ; : . ! ? dashes, brackets) between them.
std::vector<WordingToken> WordingTokens(std::string_view text) {
  std::vector<WordingToken> out;
  std::string cur;
  bool pending_break = false;
  auto flush = [&] {
    if (cur.empty()) return;
    while (!cur.empty() && (cur.back() == '\'')) cur.pop_back();
    if (!cur.empty()) out.push_back({AsciiLower(cur), pending_break});
    cur.clear();
    pending_break = false;
  };
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        cur.push_back(static_cast<char>(c));
      } else if (c == '\'' && !cur.empty()) {
        cur.push_back('\'');
      } else if ((c == '.' || c == ',') && !cur.empty() && cur.back() >= '0' && cur.back() <= '9' &&
                 i + 1 < text.size() && text[i + 1] >= '0' && text[i + 1] <= '9') {
        cur.push_back(static_cast<char>(c));  // "1,200", "3.5"
      } else {
        flush();
        if (c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == '(' ||
            c == ')') {
          pending_break = true;
        }
      }
      ++i;
      continue;
    }
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (i + len > text.size()) len = text.size() - i;
    std::string_view cp = text.substr(i, len);
    if (cp == "\xE2\x80\x99" && !cur.empty()) {  // ’ inside a word
      cur.append(cp);
    } else if (len == 3 && static_cast<unsigned char>(cp[0]) == 0xE2 &&
               static_cast<unsigned char>(cp[1]) == 0x80) {
      flush();  // general punctuation: dashes, quotes, ellipsis
      unsigned char t = static_cast<unsigned char>(cp[2]);
      if (t == 0x93 || t == 0x94 || t == 0xA6) pending_break = true;
    } else if (len == 2 && static_cast<unsigned char>(cp[0]) == 0xC2) {
      flush();  // « » no-break space and Latin-1 punctuation
    } else if (len == 1) {
      flush();  // a stray continuation byte
    } else {
      cur.append(cp);
    }
    i += len;
  }
  flush();
  return out;
}

}  // namespace

std::vector<uint64_t> SortedUnique(std::vector<uint64_t> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

uint64_t ConceptOf(std::string_view lower, bool* negative) {
  if (negative != nullptr) *negative = false;
  std::string_view w = StripPossessiveSuffix(lower);
  auto ant = Antonyms().find(w);
  if (ant != Antonyms().end()) {
    if (negative != nullptr) *negative = true;
    return ConceptHash(ant->second);
  }
  if (!Evaluative().count(w) && !Synonyms().count(w)) {
    for (std::string_view prefix :
         {"non-", "counter", "non", "un", "in", "im", "ir", "il", "dis"}) {
      if (w.size() < prefix.size() + 4 || !StartsWith(w, prefix)) continue;
      std::string_view rest = w.substr(prefix.size());
      if (Evaluative().count(rest)) {
        if (negative != nullptr) *negative = true;
        return ConceptHash(rest);
      }
    }
  }
  return ConceptHash(w);
}

QuoteWording AnalyzeWording(std::string_view text, bool negated_before) {
  QuoteWording out;
  int scope = negated_before ? kNegationScope : 0;
  for (const WordingToken& t : WordingTokens(text)) {
    if (t.clause_break) scope = 0;
    if (IsNegator(t.lower)) {
      scope = kNegationScope;
      continue;
    }
    double value = 0;
    if (t.lower[0] >= '0' && t.lower[0] <= '9') {
      std::string digits;
      for (char c : t.lower) {
        if (c != ',') digits.push_back(c);
      }
      char* end = nullptr;
      value = std::strtod(digits.c_str(), &end);
      if (end != nullptr && *end == '\0') {
        out.numbers.push_back(value);
        continue;
      }
    }
    int n = NumberWord(t.lower);
    if (n >= 0) {
      out.numbers.push_back(n);
      continue;
    }
    if (IsStopword(t.lower) || IsFiller(t.lower)) continue;
    bool negative = false;
    uint64_t c = ConceptOf(t.lower, &negative);
    out.sequence.push_back(c);
    (negative != (scope > 0) ? out.negated : out.affirmed).push_back(c);
    if (scope > 0) --scope;
  }
  out.concepts = SortedUnique(out.sequence);
  out.negated = SortedUnique(std::move(out.negated));
  out.affirmed = SortedUnique(std::move(out.affirmed));
  std::sort(out.numbers.begin(), out.numbers.end());
  out.numbers.erase(std::unique(out.numbers.begin(), out.numbers.end()), out.numbers.end());
  return out;
}

// Whether a negation stands just before a partial quote, in the same clause: the talks were
// not “productive”.
bool NegatedBefore(std::string_view text, uint32_t begin) {
  if (begin == 0 || begin > text.size()) return false;
  uint32_t from = begin > 48 ? begin - 48 : 0;
  std::string_view before = text.substr(from, begin - from);
  size_t cut = before.find_last_of(".;:!?,\n");
  if (cut != std::string_view::npos) before.remove_prefix(cut + 1);
  std::vector<WordingToken> tokens = WordingTokens(before);
  for (size_t k = tokens.size(), seen = 0; k > 0 && seen < 3; --k, ++seen) {
    if (tokens[k - 1].clause_break && seen > 0) break;
    if (IsNegator(tokens[k - 1].lower)) return true;
  }
  return false;
}

}  // namespace corroborate
