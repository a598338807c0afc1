#include "analyze/quantities.h"

#include <array>
#include <cmath>
#include <string>
#include <unordered_set>

#include "analyze/number_words.h"

namespace corroborate {
namespace {

using scan::Lex;
using scan::LexKind;

// Words that end a counted-noun search: function words, auxiliaries, and words ending in "s"
// that are not plurals.
const std::unordered_set<std::string_view>& NounStops() {
  static const std::unordered_set<std::string_view> kStops = {
      "of",      "and",      "or",       "to",        "in",         "on",      "at",
      "for",     "from",     "by",       "with",      "the",        "a",       "an",
      "than",    "that",     "which",    "who",       "this",       "these",   "those",
      "its",     "his",      "her",      "their",     "our",        "was",     "were",
      "is",      "are",      "be",       "been",      "has",        "have",    "had",
      "will",    "would",    "could",    "should",    "may",        "might",   "can",
      "not",     "as",       "per",      "between",   "among",      "after",   "before",
      "since",   "until",    "during",   "into",      "over",       "under",   "about",
      "more",    "less",     "most",     "each",      "every",      "other",   "such",
      "also",    "only",     "just",     "still",     "us",         "yes",     "across",
      "plus",    "thus",     "always",   "perhaps",   "percent",    "pct",     "cent",
      "times",   "whereas",  "besides",  "towards",   "afterwards", "news",    "series",
      "species", "means",    "politics", "economics", "analysis",   "basis",   "crisis",
      "status",  "bus",      "gas",      "chaos",     "access",     "process", "progress",
      "success", "business", "congress", "address",   "press",      "class",   "ago",
      "earlier", "later",    "when",     "while",     "where",      "but",     "so",
      "if",      "then",     "it",       "they",      "he",         "she",     "we",
      "i",       "you",      "there",    "here",      "what",       "how",     "why",
      "all",     "both",     "some",     "any",       "no",         "nor",     "yet",
      "did",     "does",     "do",       "said",      "says",       "told",    "year-on-year",
      "apiece",  "each",     "alone",    "again",     "ahead",      "away",    "back",
      "down",    "up",       "out",      "off",       "through",    "against", "around",
      "without", "within",   "because",  "though"};
  return kStops;
}

bool IsPluralNounLike(std::string_view lower) {
  if (lower == "people" || lower == "men" || lower == "women" || lower == "children") return true;
  if (lower.size() < 3 || lower.back() != 's') return false;
  if (lower.ends_with("ss") || lower.ends_with("us") || lower.ends_with("is") ||
      lower.ends_with("'s") || lower.ends_with("\xE2\x80\x99s")) {
    return false;
  }
  return !NounStops().contains(lower);
}

const char* CurrencySymbol(std::string_view p) {
  if (p == "$") return "USD";
  if (p == "\xE2\x82\xAC") return "EUR";  // €
  if (p == "\xC2\xA3") return "GBP";      // £
  if (p == "\xE2\x82\xBD") return "RUB";  // ₽
  if (p == "\xC2\xA5") return "JPY";      // ¥
  if (p == "\xE2\x82\xB4") return "UAH";  // ₴
  return nullptr;
}

const char* CurrencyWord(std::string_view w) {
  static constexpr std::array<std::pair<std::string_view, const char*>, 16> kWords = {
      {{"dollar", "USD"},
       {"dollars", "USD"},
       {"euro", "EUR"},
       {"euros", "EUR"},
       {"pound", "GBP"},
       {"pounds", "GBP"},
       {"ruble", "RUB"},
       {"rubles", "RUB"},
       {"rouble", "RUB"},
       {"roubles", "RUB"},
       {"hryvnia", "UAH"},
       {"hryvnias", "UAH"},
       {"hryvnas", "UAH"},
       {"yen", "JPY"},
       {"yuan", "CNY"},
       {"francs", "CHF"}}};
  for (const auto& [word, code] : kWords) {
    if (w == word) return code;
  }
  return nullptr;
}

bool IsTimeOfDayWord(std::string_view lower) {
  return lower == "am" || lower == "pm" || lower == "a.m." || lower == "p.m." || lower == "a.m" ||
         lower == "p.m" || lower == "gmt" || lower == "utc" || lower == "edt" || lower == "est" ||
         lower == "cet" || lower == "cest" || lower == "msk" || lower == "bst" || lower == "pst" ||
         lower == "pdt" || lower == "o'clock" ||
         lower ==
             "o\xE2\x80\x99"
             "clock";
}

bool IsYearPreposition(std::string_view lower) {
  return lower == "in" || lower == "since" || lower == "by" || lower == "until" ||
         lower == "till" || lower == "of" || lower == "from" || lower == "through" ||
         lower == "before" || lower == "after" || lower == "during" || lower == "to" ||
         lower == "early" || lower == "late" || lower == "mid" || lower == "year" || lower == "©" ||
         lower == "and";
}

class QuantityScanner {
 public:
  QuantityScanner(std::string_view text, const std::vector<Lex>& lexes, std::vector<Quantity>* out)
      : text_(text), lx_(lexes), out_(out) {}

  void Run() {
    size_t i = 0;
    while (i < lx_.size()) {
      size_t next = TryAt(i);
      i = next > i ? next : i + 1;
    }
  }

 private:
  std::string_view S(size_t i) const { return scan::Str(text_, lx_[i]); }
  std::string L(size_t i) const { return scan::LowerAscii(S(i)); }
  bool IsWord(size_t i) const { return i < lx_.size() && lx_[i].kind == LexKind::kWord; }
  bool Punct(size_t i, std::string_view p) const {
    return i < lx_.size() && scan::IsPunct(text_, lx_[i], p);
  }
  bool IsMonthAt(size_t i) const {
    if (i >= lx_.size() || lx_[i].kind != LexKind::kWord) return false;
    return scan::MonthWord(S(i)) != 0;
  }

  // Returns the index to continue from.
  size_t TryAt(size_t i) {
    size_t start = i;
    const char* currency = nullptr;
    if (lx_[i].kind == LexKind::kPunct) {
      currency = CurrencySymbol(S(i));
      if (currency == nullptr || i + 1 >= lx_.size() || lx_[i + 1].kind != LexKind::kNumber ||
          lx_[i + 1].begin != lx_[i].end) {
        return i + 1;
      }
      ++i;
    }
    double value = 0;
    double suffix_mult = 1;
    bool ordinal = false;
    bool bare_integer = false;  // digits only, no separators or suffix
    std::string compound_unit;
    size_t num = i;
    std::string_view s = S(i);
    if (lx_[i].kind == LexKind::kNumber) {
      if (s.find(':') != std::string_view::npos) return i + 1;  // 04:53: a time of day
      std::string_view head = s;
      std::string_view rest;
      size_t dash = s.find('-');
      if (dash != std::string_view::npos) head = s.substr(0, dash), rest = s.substr(dash + 1);
      size_t d = 0;
      while (d < head.size() &&
             ((head[d] >= '0' && head[d] <= '9') || head[d] == ',' || head[d] == '.')) {
        ++d;
      }
      if (!scan::ParseDigits(head.substr(0, d), &value)) return i + 1;
      std::string suffix = scan::LowerAscii(head.substr(d));
      if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") {
        ordinal = true;
      } else if (suffix == "bn" || suffix == "b") {
        suffix_mult = 1e9;
      } else if (suffix == "m" || suffix == "mn") {
        suffix_mult = 1e6;
      } else if (suffix == "k") {
        suffix_mult = 1e3;
      } else if (suffix == "tn" || suffix == "trn") {
        suffix_mult = 1e12;
      } else if (!suffix.empty()) {
        return i + 1;  // "5G", "F16"-like codes
      }
      bare_integer = suffix.empty() && rest.empty() && scan::IsAllDigits(head);
      if (!rest.empty() && !CompoundUnit(rest, &value, &compound_unit)) return i + 1;
    } else if (lx_[i].kind == LexKind::kWord) {
      std::string w = L(i);
      int v = scan::CardinalWord(w);
      if (v < 0) {
        if ((w == "a" || w == "an") && i + 1 < lx_.size()) {
          std::string n = L(i + 1);
          if (n == "dozen") {
            value = 12;
            num = ++i;
            return Finish(start, num, i, value, currency, false, "");
          }
          double m = scan::MultiplierWord(n);
          if (m >= 100) {
            value = 1;
            num = i;  // the multiplier is applied below
          } else {
            return i + 1;
          }
        } else {
          int o = scan::OrdinalWord(w);
          size_t dash = w.find('-');
          if (o < 0 && dash != std::string::npos) {
            // "five-hour", "three-year", "twenty-eight-year-old"
            size_t dash2 = w.find('-', dash + 1);
            int two = dash2 == std::string::npos ? -1 : scan::CardinalWord(w.substr(0, dash2));
            std::string_view rest;
            if (two > 0) {
              v = two;
              rest = std::string_view(w).substr(dash2 + 1);
            } else {
              v = scan::CardinalWord(w.substr(0, dash));
              rest = std::string_view(w).substr(dash + 1);
            }
            if (v < 0) return i + 1;
            value = v;
            std::string unit;
            if (!CompoundUnit(rest, &value, &unit)) return i + 1;
            compound_unit = unit;
          } else if (o > 0) {
            if (!DeterminerBefore(i)) return i + 1;
            value = o;
            ordinal = true;
          } else {
            return i + 1;
          }
        }
      } else {
        value = v;
        if (w == "one") {
          std::string prev = i > 0 && IsWord(i - 1) ? L(i - 1) : "";
          std::string next = i + 1 < lx_.size() ? L(i + 1) : "";
          if (next == "of" || next == "another" || next == "day" || prev == "the" || prev == "no" ||
              prev == "any" || prev == "every" || prev == "each" || prev == "this" ||
              prev == "that" || prev == "which" || prev == "someone" || prev == "at") {
            return i + 1;
          }
        }
      }
    } else {
      return i + 1;
    }
    value *= suffix_mult;
    size_t last = i;
    // Following multipliers: "two hundred", "6.59 billion", "100 million".
    bool multiplied = suffix_mult != 1;
    if (compound_unit.empty() && !ordinal) {
      while (last + 1 < lx_.size() && IsWord(last + 1)) {
        double m = scan::MultiplierWord(L(last + 1));
        if (m == 0) break;
        value *= m;
        multiplied = true;
        ++last;
      }
    }
    // Skip dates, times of day and list numbering.
    if (!currency && !multiplied && compound_unit.empty() && !ordinal) {
      if (bare_integer && value >= 1 && value <= 31 && s.size() <= 2) {
        bool after_month = (num > 0 && IsMonthAt(num - 1)) ||
                           (num > 1 && Punct(num - 1, ".") && IsMonthAt(num - 2));
        if (after_month || IsMonthAt(num + 1)) return last + 1;
      }
      if (num + 1 < lx_.size() && IsTimeOfDayWord(L(num + 1))) return last + 1;
      // "1." / "2)" opening a line (maybe after a bullet): list numbering.
      if (bare_integer && (Punct(num + 1, ".") || Punct(num + 1, ")")) &&
          (num == 0 || (num == 1 && lx_[0].kind == LexKind::kPunct))) {
        return last + 1;
      }
      if (bare_integer && s.size() == 4 && value >= 1900 && value <= 2100) {
        std::string prev = num > 0 ? L(num - 1) : "";
        bool prep = num > 0 && (IsYearPreposition(prev) || IsMonthAt(num - 1) ||
                                (Punct(num - 1, ",") && num > 2 && IsMonthAt(num - 3)));
        bool noun_follows = num + 1 < lx_.size() && IsWord(num + 1) && IsPluralNounLike(L(num + 1));
        if (prep || !noun_follows) return last + 1;
      }
    }
    return Finish(start, num, last, value, currency, ordinal, compound_unit);
  }

  // Parses what follows the number in a hyphenated compound: "hour", "year-old", "point",
  // "billion". False when it is not a unit ("one-on-one").
  bool CompoundUnit(std::string_view rest, double* value, std::string* unit) {
    std::string r = scan::LowerAscii(rest);
    size_t dash = r.find('-');
    std::string first = r.substr(0, dash);
    double m = scan::MultiplierWord(first);
    if (m != 0) {
      *value *= m;
      if (dash == std::string::npos) return true;
      first = r.substr(dash + 1, r.find('-', dash + 1) - dash - 1);
    }
    if (first.size() < 2 || NounStops().contains(first)) return false;
    for (char c : first) {
      if (c < 'a' || c > 'z') return false;
    }
    std::string singular = SingularOfPlural(first);
    *unit = singular.empty() ? first : singular;
    return true;
  }

  bool DeterminerBefore(size_t i) const {
    if (i == 0 || !IsWord(i - 1)) return false;
    std::string p = L(i - 1);
    return p == "the" || p == "a" || p == "an" || p == "its" || p == "his" || p == "her" ||
           p == "their" || p == "our" || p == "this" || p == "my" || p == "your" ||
           scan::StripPossessive(S(i - 1)).size() != S(i - 1).size();
  }

  size_t Finish(size_t start, size_t num, size_t last, double value, const char* currency,
                bool ordinal, const std::string& compound_unit) {
    Quantity q;
    q.value = value;
    q.sentence = lx_[num].sentence;
    q.modifier = Modifier(start);
    std::string unit;
    if (currency != nullptr) unit = currency;
    if (!compound_unit.empty()) unit = compound_unit;
    size_t j = last + 1;
    if (unit.empty() && !ordinal) {
      std::string n = j < lx_.size() ? L(j) : "";
      if (Punct(j, "%") || n == "percent" || n == "pct") {
        unit = "percent";
        last = j;
      } else if (n == "per" && j + 1 < lx_.size() && L(j + 1) == "cent") {
        unit = "percent";
        last = j + 1;
      } else if (n == "percentage" && j + 1 < lx_.size() && L(j + 1).starts_with("point")) {
        unit = "percentage point";
        last = j + 1;
      } else if (const char* code = CurrencyWord(n); code != nullptr) {
        unit = code;
        last = j;
      } else if (n == "us" && j + 1 < lx_.size() && CurrencyWord(L(j + 1))) {
        unit = CurrencyWord(L(j + 1));
        last = j + 1;
      } else {
        size_t noun = CountedNoun(j, value);
        if (noun != 0) {
          std::string lower = L(noun);
          std::string singular = SingularOfPlural(lower);
          unit = singular.empty() ? lower : singular;
          last = noun;
        }
      }
    } else if (ordinal) {
      // "the first nine months": the ordinal only ranks the number that follows
      if (j < lx_.size() && (lx_[j].kind == LexKind::kNumber || scan::CardinalWord(L(j)) > 0)) {
        return last + 1;
      }
      unit = "ordinal";
      if (j < lx_.size() && IsWord(j) && !scan::IsCapitalized(S(j))) {
        std::string n = L(j);
        if (!NounStops().contains(n) && scan::CardinalWord(n) < 0) {
          std::string singular = SingularOfPlural(n);
          unit += ":" + (singular.empty() ? n : singular);
          last = j;
        }
      }
    }
    q.unit = unit;
    q.span = {lx_[start].begin, lx_[last].end};
    if (!std::isfinite(q.value)) return last + 1;
    out_->push_back(std::move(q));
    return last + 1;
  }

  // The counted noun after a number: the first plural among up to three words (the ones
  // before it are adjectives: "100 Ukrainian drones"); for 1, a singular noun. 0 when none.
  size_t CountedNoun(size_t j, double value) const {
    for (size_t k = j; k < lx_.size() && k < j + 3; ++k) {
      if (!IsWord(k) || lx_[k].sentence != lx_[j - 1].sentence) return 0;
      std::string w = L(k);
      if (NounStops().contains(w) || scan::CardinalWord(w) >= 0 || scan::MonthWord(S(k)) != 0) {
        return 0;
      }
      if (value == 1) {
        return k == j && !scan::IsCapitalized(S(k)) && !IsPluralNounLike(w) ? k : 0;
      }
      if (IsPluralNounLike(w)) return k;
    }
    return 0;
  }

  std::string Modifier(size_t start) const {
    auto word = [&](size_t back) -> std::string {
      if (start < back || !IsWord(start - back)) return "";
      return L(start - back);
    };
    std::string w1 = word(1), w2 = word(2), w3 = word(3);
    if (w3 == "as" && w2 == "many" && w1 == "as") return "as many as";
    if (w3 == "as" && w2 == "much" && w1 == "as") return "as much as";
    if (w1 == "than" && (w2 == "more" || w2 == "fewer" || w2 == "less")) return w2 + " than";
    if (w2 == "at" && (w1 == "least" || w1 == "most")) return "at " + w1;
    if (w2 == "up" && w1 == "to") return "up to";
    static constexpr std::array<std::string_view, 9> kOne = {
        "about", "around", "roughly", "nearly", "almost", "over", "some", "approximately", "under"};
    for (std::string_view m : kOne) {
      if (w1 == m) return std::string(m);
    }
    return "";
  }

  std::string_view text_;
  const std::vector<Lex>& lx_;
  std::vector<Quantity>* out_;
};

}  // namespace

std::string SingularOfPlural(std::string_view lower) {
  if (lower == "people") return "person";
  if (lower == "men") return "man";
  if (lower == "women") return "woman";
  if (lower == "children") return "child";
  if (!IsPluralNounLike(lower)) return "";
  std::string w(lower);
  if (w.size() > 4 && w.ends_with("ies")) return w.substr(0, w.size() - 3) + "y";
  if (w.ends_with("sses") || w.ends_with("xes") || w.ends_with("ches") || w.ends_with("shes")) {
    return w.substr(0, w.size() - 2);
  }
  return w.substr(0, w.size() - 1);
}

void FindQuantities(AnnotatedDoc* doc) {
  if (doc == nullptr || doc->article == nullptr) return;
  try {
    std::string_view text = doc->text();
    std::vector<Sentence> sentences = scan::SentencesOrParagraphs(*doc);
    std::vector<Lex> lexes;
    for (const scan::Paragraph& p : scan::SplitParagraphs(text)) {
      lexes.clear();
      scan::LexParagraph(text, p, sentences, &lexes);
      QuantityScanner(text, lexes, &doc->quantities).Run();
    }
  } catch (const std::exception&) {
    // Out of memory on hostile input: keep what was found.
  }
}

}  // namespace corroborate
