#include "reconcile/claims.h"

#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "core/strings.h"
#include "core/utf8.h"
#include "reconcile/clause_claims.h"
#include "reconcile/propositions.h"
#include "reconcile/semantic_features.h"

namespace corroborate {
namespace {

constexpr char kEntityPrefix[] =
    "\x01"
    "e";
constexpr char kQuantityPrefix[] =
    "\x01"
    "q";
constexpr char kNoOutcome[] =
    "\x01"
    "o";
constexpr char kDatePrefix[] =
    "\x01"
    "d";

const std::unordered_set<std::string_view>& Stopwords() {
  static const auto* kSet = new std::unordered_set<std::string_view>{
      "a",        "about",     "above",     "after",     "again",   "against",
      "all",      "also",      "am",        "an",        "and",     "any",
      "are",      "as",        "at",        "be",        "because", "been",
      "before",   "being",     "below",     "between",   "both",    "but",
      "by",       "can",       "could",     "did",       "do",      "does",
      "doing",    "down",      "during",    "each",      "even",    "few",
      "for",      "from",      "further",   "had",       "has",     "have",
      "having",   "he",        "her",       "here",      "hers",    "herself",
      "him",      "himself",   "his",       "how",       "i",       "if",
      "in",       "into",      "is",        "it",        "its",     "itself",
      "just",     "me",        "more",      "most",      "my",      "myself",
      "no",       "nor",       "not",       "now",       "of",      "off",
      "on",       "once",      "only",      "or",        "other",   "our",
      "ours",     "ourselves", "out",       "over",      "own",     "same",
      "she",      "should",    "so",        "some",      "such",    "than",
      "that",     "the",       "their",     "theirs",    "them",    "themselves",
      "then",     "there",     "these",     "they",      "this",    "those",
      "through",  "to",        "too",       "under",     "until",   "up",
      "very",     "was",       "we",        "were",      "what",    "when",
      "where",    "which",     "while",     "who",       "whom",    "why",
      "will",     "with",      "would",     "you",       "your",    "yours",
      "yourself", "may",       "might",     "must",      "shall",   "upon",
      "via",      "per",       "whether",   "yet",       "still",   "already",
      "never",    "without",   "within",    "among",     "amid",    "across",
      "around",   "onto",      "toward",    "towards",   "since",   "though",
      "although", "however",   "meanwhile", "almost",    "nearly",  "approximately",
      "roughly",  "least",     "many",      "much",      "several", "another",
      "every",    "either",    "neither",   "ever",      "whose",   "s",
      "t",        "re",        "ve",        "ll",        "d",       "mr",
      "mrs",      "ms",        "dr",        "according", "like",    "well",
      "back",     "way"};
  return *kSet;
}

const std::unordered_set<std::string_view>& Pronouns() {
  static const auto* kSet = new std::unordered_set<std::string_view>{
      "he",    "she",  "it",    "they",  "them", "him", "his", "her", "its",
      "their", "this", "these", "those", "we",   "i",   "you", "our"};
  return *kSet;
}

const std::unordered_set<std::string_view>& AttributionCues() {
  static const auto* kSet = new std::unordered_set<std::string_view>{
      "said",      "says",      "say",    "told",     "according",    "reported", "reports",
      "stated",    "claimed",   "claims", "insisted", "added",        "noted",    "warned",
      "announced", "confirmed", "argued", "stressed", "acknowledged", "wrote",    "tweeted",
      "posted",    "denied",    "called", "described"};
  return *kSet;
}

bool IsWordCodepoint(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  if (c >= 0xA0 && c <= 0xBF) return false;  // Latin-1 punctuation, «», NBSP
  if (c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x206F) return false;  // general punctuation: dashes, quotes, spaces
  if (c >= 0x2190 && c <= 0x2BFF) return false;  // arrows, symbols
  if (c >= 0x3000 && c <= 0x303F) return false;
  if (c == 0xFEFF || c == 0xFFFD) return false;
  return true;
}

bool IsClausePunct(char32_t c) {
  return c == ',' || c == ';' || c == ':' || c == '.' || c == '!' || c == '?' || c == '(' ||
         c == ')' || c == 0x2013 || c == 0x2014 || c == 0x2026;
}

bool IsApostrophe(char32_t c) { return c == '\'' || c == 0x2019; }

std::string Fold(std::string_view word) {
  bool ascii = true;
  for (char c : word) {
    if (static_cast<unsigned char>(c) >= 0x80) ascii = false;
  }
  std::string out;
  if (ascii) {
    out.assign(word);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  try {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(
        icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
    u.foldCase();
    u.toUTF8String(out);
  } catch (...) {
    out.assign(word);
  }
  return out;
}

bool IsAcronym(std::string_view word) {
  if (word.size() < 2 || word.size() > 5) return false;
  for (char c : word) {
    if (!(c >= 'A' && c <= 'Z')) return false;
  }
  return true;
}

// Splits [span) of text into word and clause-punctuation tokens.
void Tokenize(std::string_view text, TextSpan span, std::vector<ClaimToken>* out) {
  size_t pos = std::min<size_t>(span.begin, text.size());
  const size_t end = std::min<size_t>(span.end, text.size());
  while (pos < end) {
    size_t start = pos;
    char32_t c = utf8::Next(text, &pos);
    if (IsWordCodepoint(c)) {
      size_t word_end = pos;
      while (pos < end) {
        size_t save = pos;
        char32_t d = utf8::Next(text, &pos);
        if (IsWordCodepoint(d)) {
          word_end = pos;
          continue;
        }
        if (IsApostrophe(d) && pos < end) {
          size_t peek = pos;
          char32_t e = utf8::Next(text, &peek);
          if (IsWordCodepoint(e)) {
            pos = peek;
            word_end = pos;
            continue;
          }
        }
        pos = save;
        break;
      }
      std::string_view raw = text.substr(start, word_end - start);
      ClaimToken tok;
      tok.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(word_end)};
      std::string lower = IsAcronym(raw) && raw != "I" ? std::string(raw) : Fold(raw);
      // Normalise the typographic apostrophe, then split off 's and n't.
      if (lower.find("\xE2\x80\x99") != std::string::npos) {
        std::string plain;
        for (size_t i = 0; i < lower.size(); ++i) {
          if (lower.compare(i, 3, "\xE2\x80\x99") == 0) {
            plain += '\'';
            i += 2;
          } else {
            plain += lower[i];
          }
        }
        lower = std::move(plain);
      }
      if (EndsWith(lower, "'s")) lower.resize(lower.size() - 2);
      if (EndsWith(lower, "n't")) {
        lower.resize(lower.size() - 3);
        if (lower == "ca") lower = "can";
        if (lower == "wo") lower = "will";
        tok.negation = true;
      }
      lower.erase(std::remove(lower.begin(), lower.end(), '\''), lower.end());
      if (IsAcronym(raw) && raw != "I") {
        // Keep "US" apart from the pronoun "us": acronyms are never stopwords.
        for (char& ch : lower) ch = static_cast<char>(ch - 'A' + 'a');
        std::string marked = "^";
        marked += lower;
        lower = std::move(marked);
      }
      tok.lower = std::move(lower);
      if (tok.lower == "not" || tok.lower == "no" || tok.lower == "never" ||
          tok.lower == "without" || tok.lower == "nor" || tok.lower == "neither") {
        tok.negation = true;
      }
      out->push_back(std::move(tok));
    } else if (IsClausePunct(c)) {
      ClaimToken tok;
      tok.span = {static_cast<uint32_t>(start), static_cast<uint32_t>(pos)};
      tok.lower = c == ',' || c == ';' || c == ':' || c == '(' || c == ')' ? std::string(1, c)
                  : c == '.' || c == '!' || c == '?'                       ? std::string(".")
                                                                           : std::string("-");
      tok.punct = true;
      out->push_back(std::move(tok));
    }
  }
}

// The sentence says an outcome was not reached: "made no progress", "ended without a
// breakthrough", "no specific agreements were reached", "without reaching a deal". Outlets word
// this with different nouns, so the class is what they share.
bool NegatedOutcome(const std::vector<ClaimToken>& toks) {
  static const auto* kOutcomes = new std::unordered_set<std::string_view>{
      "agreement", "agreements", "deal",      "deals", "breakthrough", "breakthroughs", "progress",
      "accord",    "consensus",  "ceasefire", "truce", "settlement",   "compromise"};
  for (size_t i = 0; i < toks.size(); ++i) {
    if (toks[i].punct || !kOutcomes->count(toks[i].lower)) continue;
    for (size_t k = i; k > 0 && i - k < 4; --k) {
      const ClaimToken& t = toks[k - 1];
      if (t.punct) break;
      if (t.negation || t.lower == "failed" || t.lower == "lack") return true;
    }
  }
  return false;
}

bool IsNumberToken(std::string_view lower) {
  if (lower.empty()) return false;
  if (NumberWord(lower) >= 0) return true;
  return lower[0] >= '0' && lower[0] <= '9';
}

// Index of the sentence of doc holding byte offset pos, or -1.
int32_t SentenceAt(const AnnotatedDoc& doc, uint32_t pos) {
  const auto& s = doc.sentences;
  auto it = std::upper_bound(s.begin(), s.end(), pos,
                             [](uint32_t p, const Sentence& x) { return p < x.span.begin; });
  if (it == s.begin()) return -1;
  --it;
  if (pos >= it->span.end) return -1;
  return static_cast<int32_t>(it - s.begin());
}

std::string FormatValue(double v) {
  char buf[64];
  if (std::fabs(v - std::round(v)) < 1e-9 && std::fabs(v) < 1e15) {
    std::snprintf(buf, sizeof(buf), "%.0f", v);
  } else {
    std::snprintf(buf, sizeof(buf), "%.6g", v);
  }
  return buf;
}

// Copies the parser's lemma onto each word token it covers (AnnotatedDoc::words; nothing
// without models). A token holding two words ("don't") takes the first.
void AttachLemmas(const AnnotatedDoc& doc, const Sentence& s, std::vector<ClaimToken>* toks) {
  const uint32_t end = std::min<uint32_t>(s.word_end, static_cast<uint32_t>(doc.words.size()));
  uint32_t w = s.word_begin;
  for (ClaimToken& t : *toks) {
    if (t.punct) continue;
    while (w < end && doc.words[w].span.end <= t.span.begin) ++w;
    if (w >= end) break;
    const Word& word = doc.words[w];
    if (!t.span.Overlaps(word.span) || word.lemma.empty() || t.lower.empty() || t.lower[0] == '^') {
      continue;
    }
    std::string lemma = Fold(word.lemma);
    if (lemma != t.lower && lemma.find(' ') == std::string::npos) t.lemma = std::move(lemma);
  }
}

class FeatureTable {
 public:
  explicit FeatureTable(ClaimSet* set) : set_(set) {}
  int32_t Id(const std::string& name) {
    auto [it, inserted] = set_->ids.emplace(name, static_cast<int32_t>(set_->features.size()));
    if (inserted) set_->features.push_back(name);
    return it->second;
  }

 private:
  ClaimSet* set_;
};

// Stem features within a few words of the quantity: the noun it counts or measures.
void FindHeads(const Claim& claim, ClaimQuantity* q) {
  const auto& toks = claim.tokens;
  size_t first = 0;
  while (first < toks.size() && toks[first].span.end <= q->span.begin) ++first;
  size_t last = first;
  while (last < toks.size() && toks[last].span.begin < q->span.end) ++last;
  // After: the noun the number modifies, past entity names ("five-hour Moscow meeting"); a
  // stopword ends the search ("four hours on Wednesday").
  for (size_t i = last; i < toks.size() && i < last + 3; ++i) {
    if (toks[i].punct || (toks[i].entity < 0 && toks[i].feature < 0)) break;
    if (toks[i].feature >= 0) {
      q->heads.push_back(toks[i].feature);
      q->head_word = toks[i].lower;
      break;
    }
  }
  if (q->head_word.empty() && IsCountUnit(q->unit)) q->head_word = q->unit;
  // Before: content words of the same clause, up to three ("the meeting lasted about five hours").
  int seen = 0;
  std::string fallback;
  for (size_t i = first; i-- > 0 && seen < 4;) {
    if (toks[i].punct) break;
    ++seen;
    if (toks[i].feature >= 0) {
      q->heads.push_back(toks[i].feature);
      const std::string& w = toks[i].lower;
      if (fallback.empty()) fallback = w;
      if (q->head_word.empty() && !EndsWith(w, "ed") && !EndsWith(w, "ing")) q->head_word = w;
    }
  }
  if (q->head_word.empty()) q->head_word = fallback.empty() ? q->unit : fallback;
  std::sort(q->heads.begin(), q->heads.end());
  q->heads.erase(std::unique(q->heads.begin(), q->heads.end()), q->heads.end());
  q->ordinal = StartsWith(q->unit, "ordinal");
  // A share: "each", "apiece", "per …", "from/for each …", "120 for 120" right after the number.
  for (size_t i = last; i < toks.size() && i < last + 4; ++i) {
    const std::string& w = toks[i].lower;
    if (toks[i].punct) break;
    if (w == "each" || w == "apiece" || w == "per" || w == "a-piece") {
      q->part = true;
      break;
    }
    if (w == "for" && i + 1 < toks.size() && i == last && IsNumberToken(toks[i + 1].lower)) {
      q->part = true;
      break;
    }
  }
  if (first > 0 && (toks[first - 1].lower == "each" || toks[first - 1].lower == "per")) {
    q->part = true;
  }
  // The event a measure belongs to: the nearest event noun within the sentence ("six hours of
  // talks", "the negotiations … broke up, after about four hours").
  size_t best_dist = 13;
  for (size_t i = 0; i < toks.size(); ++i) {
    if (toks[i].punct || toks[i].entity >= 0) continue;
    int cls = EventClass(toks[i].lower);
    if (cls < 0) continue;
    size_t dist = i < first ? first - i : (i >= last ? i - last + 1 : 0);
    if (dist < best_dist) {
      best_dist = dist;
      q->event_class = cls;
      q->event_word = toks[i].lower;
    }
  }
}

}  // namespace

int NumberWord(std::string_view w) {
  static const char* const kWords[] = {
      "zero",     "one",     "two",     "three",     "four",     "five",     "six",
      "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  for (int i = 0; i <= 20; ++i) {
    if (w == kWords[i]) return i;
  }
  if (w == "thirty") return 30;
  if (w == "forty") return 40;
  if (w == "fifty") return 50;
  if (w == "hundred") return 100;
  if (w == "thousand") return 1000;
  if (w == "million") return 1000000;
  if (w == "billion") return 1000000000;
  return -1;
}

bool IsCountUnit(std::string_view unit) {
  static const std::unordered_set<std::string_view> kMeasures = {"hour",
                                                                 "minute",
                                                                 "second",
                                                                 "day",
                                                                 "week",
                                                                 "month",
                                                                 "year",
                                                                 "decade",
                                                                 "century",
                                                                 "percent",
                                                                 "percentage point",
                                                                 "point",
                                                                 "ordinal",
                                                                 "km",
                                                                 "kilometer",
                                                                 "kilometre",
                                                                 "mile",
                                                                 "meter",
                                                                 "metre",
                                                                 "kg",
                                                                 "kilogram",
                                                                 "ton",
                                                                 "tonne",
                                                                 "degree",
                                                                 "",
                                                                 "time"};
  if (kMeasures.count(unit)) return false;
  bool upper = unit.size() == 3;
  for (char c : unit) upper = upper && c >= 'A' && c <= 'Z';
  return !upper;  // currency codes are measures
}

int EventClass(std::string_view w) {
  static const auto* kClasses = new std::unordered_map<std::string_view, int>{
      {"talks", 0},      {"talk", 0},       {"negotiations", 0},  {"negotiation", 0},
      {"meeting", 0},    {"meetings", 0},   {"discussions", 0},   {"summit", 0},
      {"session", 0},    {"conference", 0}, {"consultations", 0}, {"hearing", 0},
      {"debate", 0},     {"attack", 1},     {"attacks", 1},       {"strike", 1},
      {"strikes", 1},    {"shelling", 1},   {"bombardment", 1},   {"assault", 1},
      {"raid", 1},       {"offensive", 1},  {"visit", 2},         {"trip", 2},
      {"tour", 2},       {"journey", 2},    {"flight", 2},        {"war", 3},
      {"fighting", 3},   {"conflict", 3},   {"siege", 3},         {"battle", 3},
      {"occupation", 3}, {"truce", 4},      {"ceasefire", 4},     {"blackout", 5},
      {"outage", 5},     {"protest", 6},    {"protests", 6},      {"strike-action", 6},
      {"rally", 6},      {"trial", 7},      {"sentence", 7},      {"detention", 7},
      {"custody", 7}};
  auto it = kClasses->find(w);
  return it == kClasses->end() ? -1 : it->second;
}

bool IsStopword(std::string_view lower) { return Stopwords().count(lower) > 0; }

std::string StemWord(std::string_view w) {
  std::string s(w);
  auto ends = [&](std::string_view suf) { return EndsWith(s, suf); };
  auto is_vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  if (s.size() <= 3 || s[0] == '^') return s;
  if (ends("ies") && s.size() > 4) {
    s.resize(s.size() - 3);
    s += 'y';
  } else if (ends("sses")) {
    s.resize(s.size() - 2);
  } else if (ends("ches") || ends("shes") || ends("xes") || ends("zes")) {
    s.resize(s.size() - 2);
  } else if (ends("s") && !ends("ss") && !ends("us") && !ends("is")) {
    s.resize(s.size() - 1);
  }
  bool stripped = false;
  if (ends("ing") && s.size() > 5) {
    s.resize(s.size() - 3);
    stripped = true;
  } else if (ends("eed") && s.size() > 4) {
    s.resize(s.size() - 1);
  } else if (ends("ed") && s.size() > 4) {
    s.resize(s.size() - 2);
    stripped = true;
  } else if (ends("ly") && s.size() > 5) {
    s.resize(s.size() - 2);
  }
  if (stripped && s.size() >= 3) {
    char a = s[s.size() - 1], b = s[s.size() - 2];
    if (a == b && !is_vowel(a) && a != 'l' && a != 's' && a != 'z') s.pop_back();
    if (EndsWith(s, "i")) s.back() = 'y';  // "carried" -> "carry"
  }
  if (s.size() > 3 && s.back() == 'e') s.pop_back();
  return s;
}

static std::string RootOfStem(std::string stem) {
  if (stem.empty() || stem[0] == '^') return stem;
  auto ends = [&](std::string_view suf) { return EndsWith(stem, suf); };
  auto cut = [&](size_t n, std::string_view add, size_t keep) {
    if (stem.size() < n + keep) return false;
    stem.resize(stem.size() - n);
    stem += add;
    return true;
  };
  // Nouns made from verbs, folded to the verb's stem: "resignation"/"resign",
  // "agreement"/"agree", "rejection"/"reject", "withdrawal"/"withdraw".
  if (ends("ation")) {
    cut(5, "at", 4);
  } else if (ends("ment")) {
    if (cut(4, "", 4) && stem.back() == 'e') stem.pop_back();
  } else if (ends("tion") && !ends("ition") && !ends("ution")) {
    cut(3, "", 5);
  } else if (ends("al") && !ends("ial") && !ends("ical")) {
    cut(2, "", 5);
  }
  // "negotiat" (negotiate, negotiation) and "resignat" meet "negoti" and "resign".
  if (ends("at")) cut(2, "", 5);
  return stem;
}

std::string WordRoot(std::string_view lower) { return RootOfStem(StemWord(lower)); }

int32_t ClaimSet::StemId(std::string_view stem) const {
  auto it = ids.find(std::string(stem));
  return it == ids.end() ? -1 : it->second;
}

float Cosine(const Claim& a, const Claim& b) {
  float dot = 0;
  size_t i = 0, j = 0;
  while (i < a.vec.size() && j < b.vec.size()) {
    if (a.vec[i].first < b.vec[j].first) {
      ++i;
    } else if (a.vec[i].first > b.vec[j].first) {
      ++j;
    } else {
      dot += a.vec[i].second * b.vec[j].second;
      ++i;
      ++j;
    }
  }
  return dot;
}

float CosineWithoutQuantities(const Claim& a, const Claim& b) {
  float dot = Cosine(a, b);
  for (int32_t f : a.quantity_features) {
    if (!std::binary_search(b.quantity_features.begin(), b.quantity_features.end(), f)) continue;
    auto wa = std::lower_bound(a.vec.begin(), a.vec.end(), std::make_pair(f, -1e30f));
    auto wb = std::lower_bound(b.vec.begin(), b.vec.end(), std::make_pair(f, -1e30f));
    if (wa != a.vec.end() && wb != b.vec.end() && wa->first == f && wb->first == f) {
      dot -= wa->second * wb->second;
    }
  }
  return dot;
}

std::vector<std::string> ContentStems(std::string_view text) {
  std::vector<ClaimToken> toks;
  Tokenize(text, {0, static_cast<uint32_t>(text.size())}, &toks);
  std::vector<std::string> out;
  for (const auto& t : toks) {
    if (t.punct || IsStopword(t.lower) || IsNumberToken(t.lower)) continue;
    out.push_back(StemWord(t.lower));
  }
  return out;
}

ClaimSet BuildClaims(const StoryInput& story, const ResolvedEntities& resolved) {
  ClaimSet set;
  FeatureTable table(&set);
  set.doc_begin.push_back(0);
  for (size_t d = 0; d < story.docs.size(); ++d) {
    const AnnotatedDoc* doc = story.docs[d];
    if (doc == nullptr || doc->article == nullptr) {
      set.doc_begin.push_back(static_cast<uint32_t>(set.claims.size()));
      continue;
    }
    const std::string_view text = doc->text();
    const size_t base = set.claims.size();
    for (size_t s = 0; s < doc->sentences.size(); ++s) {
      Claim c;
      c.doc = static_cast<uint32_t>(d);
      c.sentence = static_cast<uint32_t>(s);
      c.span = doc->sentences[s].span;
      c.heading = doc->sentences[s].heading;
      Tokenize(text, c.span, &c.tokens);
      AttachLemmas(*doc, doc->sentences[s], &c.tokens);
      set.claims.push_back(std::move(c));
    }
    // Entity words: tag tokens inside resolved mentions.
    const std::vector<int32_t>* entity_of =
        d < resolved.entity_of.size() ? &resolved.entity_of[d] : nullptr;
    for (size_t m = 0; m < doc->entities.size(); ++m) {
      const EntityMention& mention = doc->entities[m];
      int32_t e = entity_of != nullptr && m < entity_of->size() ? (*entity_of)[m] : -1;
      if (e < 0) continue;
      int32_t s = SentenceAt(*doc, mention.span.begin);
      if (s < 0) continue;
      Claim& c = set.claims[base + static_cast<size_t>(s)];
      for (auto& tok : c.tokens) {
        if (!tok.punct && mention.span.Contains(tok.span)) tok.entity = e;
      }
      c.entities.push_back(e);
    }
    for (const Quantity& q : doc->quantities) {
      if (q.unit.empty()) continue;
      int32_t s = SentenceAt(*doc, q.span.begin);
      if (s < 0) continue;
      ClaimQuantity cq;
      cq.value = q.value;
      cq.unit = q.unit;
      cq.modifier = q.modifier;
      cq.span = q.span;
      set.claims[base + static_cast<size_t>(s)].quantities.push_back(std::move(cq));
    }
    for (const TimeMention& t : doc->times) {
      if (!t.date.valid()) continue;
      int32_t s = SentenceAt(*doc, t.span.begin);
      if (s < 0) continue;
      set.claims[base + static_cast<size_t>(s)].times.push_back({t.date, t.span, t.relative});
    }
    set.doc_begin.push_back(static_cast<uint32_t>(set.claims.size()));
  }

  // Per claim: stems, counts, flags, features.
  for (Claim& c : set.claims) {
    std::sort(c.entities.begin(), c.entities.end());
    c.entities.erase(std::unique(c.entities.begin(), c.entities.end()), c.entities.end());
    int stems = 0;
    for (size_t i = 0; i < c.tokens.size(); ++i) {
      ClaimToken& tok = c.tokens[i];
      if (tok.punct) continue;
      ++c.words;
      if (tok.negation) c.negated = true;
      if (Pronouns().count(tok.lower)) ++c.pronouns;
      if (AttributionCues().count(tok.lower)) c.attributed = true;
      if (tok.lower == "failed" && i + 1 < c.tokens.size() && c.tokens[i + 1].lower == "to") {
        c.negated = true;
      }
      if (tok.entity >= 0 || IsStopword(tok.lower) || IsNumberToken(tok.lower)) continue;
      // The lemma makes "left"/"leaves" and "met"/"meeting" meet; the stem is the fallback.
      tok.feature = table.Id(WordRoot(tok.lemma.empty() ? tok.lower : tok.lemma));
      ++stems;
    }
    for (auto& q : c.quantities) FindHeads(c, &q);
    const int content = stems + static_cast<int>(c.entities.size());
    c.fragment = content < 3 && c.quantities.empty();
    if (content == 0) c.fragment = true;
  }

  // Word senses and place containment (semantic_features.h), when the models are loaded.
  const std::vector<std::vector<SemanticFeature>> semantic =
      SemanticClaimFeatures(story, resolved, set);
  // Feature vectors with document frequencies over live claims.
  std::vector<std::vector<std::pair<int32_t, float>>> raw(set.claims.size());
  std::vector<float> boost;
  for (size_t i = 0; i < set.claims.size(); ++i) {
    Claim& c = set.claims[i];
    auto add = [&](int32_t f, float b) {
      if (static_cast<size_t>(f) >= boost.size()) boost.resize(f + 1, 1.0f);
      boost[f] = b;
      raw[i].push_back({f, 0});
    };
    for (const auto& tok : c.tokens) {
      if (tok.feature >= 0) add(tok.feature, 1.0f);
    }
    for (int32_t e : c.entities) {
      add(table.Id(std::string(kEntityPrefix).append(std::to_string(e))), 1.2f);
    }
    for (const auto& q : c.quantities) {
      std::string name = kQuantityPrefix;
      name.append(q.unit).append("=").append(FormatValue(q.value));
      int32_t f = table.Id(name);
      add(f, 1.5f);
      c.quantity_features.push_back(f);
    }
    std::sort(c.quantity_features.begin(), c.quantity_features.end());
    c.quantity_features.erase(std::unique(c.quantity_features.begin(), c.quantity_features.end()),
                              c.quantity_features.end());
    for (const auto& t : c.times) {
      if (t.date.has_day()) add(table.Id(std::string(kDatePrefix).append(t.date.Iso())), 0.7f);
    }
    if (NegatedOutcome(c.tokens)) add(table.Id(kNoOutcome), 1.5f);
    for (const SemanticFeature& s : semantic[i]) add(table.Id(s.name), s.boost);
    auto& v = raw[i];
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end(),
                        [](const auto& a, const auto& b) { return a.first == b.first; }),
            v.end());
  }
  set.df.assign(set.features.size(), 0);
  boost.resize(set.features.size(), 1.0f);
  for (size_t i = 0; i < set.claims.size(); ++i) {
    if (set.claims[i].fragment) continue;
    ++set.live;
    for (const auto& [f, w] : raw[i]) ++set.df[f];
  }
  const double n = static_cast<double>(std::max<size_t>(set.live, 1));
  for (Claim& c : set.claims) {
    for (int32_t e : c.entities) {
      int32_t f = set.StemId(std::string(kEntityPrefix).append(std::to_string(e)));
      if (f >= 0 && set.df[f] <= std::max(2.0, 0.3 * n)) c.rare_entities.push_back(e);
    }
  }
  // Distinctive: in a few claims only, scaled gently with the story so a long story's common
  // words never qualify (a fixed share would let "said" in when there are few claims).
  set.distinct_df = static_cast<uint32_t>(std::max(3.0, std::sqrt(n) / 4));
  for (size_t i = 0; i < set.claims.size(); ++i) {
    Claim& c = set.claims[i];
    if (c.fragment) continue;
    for (const auto& [f, w] : raw[i]) {
      const std::string& name = set.features[f];
      const bool marker = !name.empty() && name[0] == '\x01';
      const bool entity = marker && name.compare(0, 2, kEntityPrefix) == 0;
      if (marker && !entity) continue;  // quantities and dates have their own bonuses
      if (set.df[f] >= 2 && set.df[f] <= set.distinct_df) c.distinct_features.push_back(f);
    }
  }
  ReadClaims(story, resolved, &set);
  for (size_t i = 0; i < set.claims.size(); ++i) {
    auto& v = raw[i];
    double norm = 0;
    for (auto& [f, w] : v) {
      double df = std::max<uint32_t>(set.df[f], 1);
      w = static_cast<float>(std::log(1.0 + n / df) * boost[f]);
      norm += static_cast<double>(w) * w;
    }
    norm = std::sqrt(norm);
    if (norm > 0) {
      for (auto& [f, w] : v) w = static_cast<float>(w / norm);
    }
    set.claims[i].vec = std::move(v);
  }
  BuildClauseClaims(story, &set);
  return set;
}

}  // namespace corroborate
