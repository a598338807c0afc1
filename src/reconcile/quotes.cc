#include "reconcile/quotes.h"

#include <algorithm>
#include <cstdlib>
#include <iterator>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "core/disjoint_sets.h"
#include "core/strings.h"
#include "reconcile/claims.h"
#include "reconcile/quote_speakers.h"
#include "story/shingles.h"

namespace corroborate {
namespace {

// A previous quote this close (sentences and bytes) still owns a pronoun attribution.
constexpr uint32_t kPronounSentences = 3;
constexpr uint32_t kPronounBytes = 600;
// A word shared by more quotes than this is not followed when looking for candidate pairs.
constexpr size_t kMinPostingCap = 50;
constexpr double kJaccard = 0.6;
// Longer "quotes" (a broken attribution swallowing a paragraph) are compared by word sets only,
// so the contiguous-containment scan stays cheap.
constexpr size_t kMaxContainmentWords = 1000;
// A negation reaches this many content words after it ("not there yet").
constexpr int kNegationScope = 3;
// Same words said by two different people: the shorter wording has at least this many concepts.
constexpr size_t kSpeakerConflictConcepts = 4;

enum class PronounKind { kNone, kPerson, kOther };

PronounKind Pronoun(std::string_view lower) {
  static const std::unordered_set<std::string_view> kPersonal = {"he", "she", "his", "her", "him"};
  static const std::unordered_set<std::string_view> kOthers = {"they", "them", "their", "we",
                                                               "it",   "i",    "you"};
  if (kPersonal.count(lower)) return PronounKind::kPerson;
  if (kOthers.count(lower)) return PronounKind::kOther;
  return PronounKind::kNone;
}

bool IsStopwordHash(uint64_t h) {
  static const std::unordered_set<uint64_t> kStop = [] {
    std::unordered_set<uint64_t> s;
    for (std::string_view w :
         {"the",  "a",     "an",  "and",  "or",  "of", "to",   "in",   "on", "at", "for", "with",
          "is",   "are",   "was", "were", "be",  "it", "this", "that", "we", "i",  "you", "he",
          "she",  "they",  "not", "no",   "but", "as", "by",   "from", "s",  "t",  "our", "us",
          "will", "would", "has", "have", "had", "do", "does", "its",  "so", "if", "all"}) {
      s.insert(Hash64(w));
    }
    return s;
  }();
  return kStop.count(h) > 0;
}

// ---- Wording: words, negation, concepts -------------------------------------------------------

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

std::vector<uint64_t> SortedUnique(std::vector<uint64_t> v) {
  std::sort(v.begin(), v.end());
  v.erase(std::unique(v.begin(), v.end()), v.end());
  return v;
}

bool Has(const std::vector<uint64_t>& sorted, uint64_t x) {
  return std::binary_search(sorted.begin(), sorted.end(), x);
}

}  // namespace

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

namespace {
std::vector<uint64_t> WordHashes(std::string_view text) {
  std::vector<uint64_t> out;
  for (std::string_view w : ShingleWords(text)) out.push_back(Hash64(AsciiLower(w)));
  return out;
}

// "A U.S. official," -> "a U.S. official".
std::string Description(std::string_view raw) {
  std::string s = CollapseWhitespace(raw);
  while (!s.empty() && (s.back() == ',' || s.back() == '.' || s.back() == ';' || s.back() == ':')) {
    s.pop_back();
  }
  for (std::string_view article : {"A ", "An ", "The "}) {
    if (StartsWith(s, article)) {
      s[0] = static_cast<char>(s[0] - 'A' + 'a');
      break;
    }
  }
  return s;
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

// Entity lookup by spelling, for speaker spans the analyzer did not tag as mentions.
class SpellingIndex {
 public:
  explicit SpellingIndex(const ResolvedEntities& resolved) {
    for (size_t e = 0; e < resolved.entities.size(); ++e) {
      const AccountEntity& ent = resolved.entities[e];
      Add(&full_, NameKey(ent.name), static_cast<int32_t>(e));
      for (const std::string& v : ent.variants) Add(&full_, NameKey(v), static_cast<int32_t>(e));
      if (ent.type == EntityType::kPerson) {
        std::string key = NameKey(ent.name);
        Add(&last_, key.substr(key.rfind(' ') == std::string::npos ? 0 : key.rfind(' ') + 1),
            static_cast<int32_t>(e));
      }
    }
  }
  // The entity spelled so (full name, variant, or a person's unique surname); -1 when none.
  int32_t Lookup(std::string_view spelling) const {
    std::string key = NameKey(spelling);
    if (key.empty()) return -1;
    auto it = full_.find(key);
    if (it != full_.end()) return std::max(it->second, -1);
    it = last_.find(key);
    return it != last_.end() ? std::max(it->second, -1) : -1;
  }

 private:
  // -2 marks a key shared by several entities: ambiguous, never used.
  static void Add(std::unordered_map<std::string, int32_t>* map, const std::string& key,
                  int32_t e) {
    if (key.empty()) return;
    auto [it, fresh] = map->emplace(key, e);
    if (!fresh && it->second != e) it->second = -2;
  }
  std::unordered_map<std::string, int32_t> full_;
  std::unordered_map<std::string, int32_t> last_;
};

// Whether the attribution holds words besides the mention (and articles, punctuation).
bool HasOtherWords(std::string_view text, const TextSpan& speaker, const TextSpan& mention) {
  auto has_word = [&](uint32_t b, uint32_t e) {
    if (e <= b) return false;
    TextSpan part{b, e};
    for (std::string_view w : ShingleWords(part.Of(text))) {
      std::string lw = AsciiLower(w);
      if (lw != "the" && lw != "a" && lw != "an" && lw != "s") return true;
    }
    return false;
  };
  return has_word(speaker.begin, mention.begin) || has_word(mention.end, speaker.end);
}

// "Varga’s spokesman", "the minister's aide": the mention is the owner, not the speaker.
bool PossessiveOwner(std::string_view text, const TextSpan& speaker, const TextSpan& mention) {
  if (mention.end >= speaker.end) return false;
  std::string_view after = TextSpan{mention.end, speaker.end}.Of(text);
  bool possessive = StartsWith(after, "'s ") || StartsWith(after, "\xE2\x80\x99s ") ||
                    StartsWith(after, "' ") || StartsWith(after, "\xE2\x80\x99 ");
  return possessive && !Trim(after.substr(after.find(' '))).empty();
}

bool Contains(const std::vector<uint64_t>& longer, const std::vector<uint64_t>& shorter) {
  if (shorter.empty() || shorter.size() > longer.size()) return false;
  for (size_t i = 0; i + shorter.size() <= longer.size(); ++i) {
    if (std::equal(shorter.begin(), shorter.end(), longer.begin() + static_cast<ptrdiff_t>(i))) {
      return true;
    }
  }
  return false;
}

// The shortest run of `sequence` holding every concept of `wanted` (sorted unique, ≤ 3 items);
// SIZE_MAX when some is missing. Quadratic in |wanted| only.
size_t ShortestWindow(const std::vector<uint64_t>& sequence, const std::vector<uint64_t>& wanted) {
  size_t best = SIZE_MAX;
  for (size_t i = 0; i < sequence.size(); ++i) {
    if (!Has(wanted, sequence[i])) continue;
    std::vector<uint64_t> found = {sequence[i]};
    for (size_t j = i; j < sequence.size() && j - i < best; ++j) {
      if (Has(wanted, sequence[j]) &&
          std::find(found.begin(), found.end(), sequence[j]) == found.end()) {
        found.push_back(sequence[j]);
      }
      if (found.size() == wanted.size()) {
        best = std::min(best, j - i + 1);
        break;
      }
    }
  }
  return best;
}

// The same statement worded differently by one speaker in two articles: every concept of a
// short wording close together in the other ("useful and meaningful" in "very useful,
// constructive and substantive"), or nearly all concepts of a longer one. 0 when not. One
// article's own quotes never join this way: they are its speaker's different sentences.
double ConceptSimilarity(const QuoteOccurrence& a, const QuoteOccurrence& b) {
  if (a.doc == b.doc) return 0;
  const QuoteWording& s =
      a.wording.concepts.size() <= b.wording.concepts.size() ? a.wording : b.wording;
  const QuoteWording& l = &s == &a.wording ? b.wording : a.wording;
  if (s.concepts.empty()) return 0;
  size_t matched = IntersectionSize(s.concepts, l.concepts);
  double score =
      static_cast<double>(matched) / static_cast<double>(s.concepts.size() + l.concepts.size());
  if (s.concepts.size() <= 3) {
    // A one- or two-word partial quote only joins a short statement: a speaker's single
    // adjective may recur in another statement of the same story.
    size_t max_longer = s.concepts.size() <= 2 ? 6 : 12;
    if (matched < s.concepts.size() || l.concepts.size() > max_longer) return 0;
    return ShortestWindow(l.sequence, s.concepts) <= s.concepts.size() + 3 ? score : 0;
  }
  if (matched >= 4 && matched * 5 >= s.concepts.size() * 4) return score;
  // A short statement paraphrased with one word changed ("deal with the ceasefire line and how
  // it would be monitored" / "focus on a ceasefire line and on how a truce could be
  // monitored"): all but one concept, close together in both wordings.
  if (s.concepts.size() <= 5 && matched >= 3 && matched + 1 >= s.concepts.size()) {
    std::vector<uint64_t> shared;
    std::set_intersection(s.concepts.begin(), s.concepts.end(), l.concepts.begin(),
                          l.concepts.end(), std::back_inserter(shared));
    if (shared.size() <= 4 && ShortestWindow(s.sequence, shared) <= shared.size() + 3 &&
        ShortestWindow(l.sequence, shared) <= shared.size() + 3) {
      return score;
    }
  }
  return 0;
}

// The longest run of words two wordings share verbatim, and how many of its words are content
// words. Quadratic in the shorter lengths, which kMaxRunWords bounds.
constexpr size_t kMaxRunWords = 120;
std::pair<size_t, size_t> LongestSharedRun(const std::vector<uint64_t>& a,
                                           const std::vector<uint64_t>& b) {
  if (a.empty() || b.empty() || a.size() > kMaxRunWords || b.size() > kMaxRunWords) return {0, 0};
  std::vector<uint16_t> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
  size_t best = 0, best_end = 0;
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = a[i - 1] == b[j - 1] ? static_cast<uint16_t>(prev[j - 1] + 1) : 0;
      if (cur[j] > best) best = cur[j], best_end = i;
    }
    std::swap(prev, cur);
  }
  size_t content = 0;
  for (size_t k = best_end - best; k < best_end; ++k) content += !IsStopwordHash(a[k]);
  return {best, content};
}

// How strongly two occurrences are the same statement; 0 when they are not.
double Similarity(const QuoteOccurrence& a, const QuoteOccurrence& b) {
  bool same_speaker = a.entity >= 0 && a.entity == b.entity;
  if (a.entity >= 0 && b.entity >= 0 && a.entity != b.entity) return 0;
  const QuoteOccurrence& s = a.words.size() <= b.words.size() ? a : b;
  const QuoteOccurrence& l = a.words.size() <= b.words.size() ? b : a;
  size_t inter = IntersectionSize(a.set, b.set);
  size_t uni = a.set.size() + b.set.size() - inter;
  double jaccard = uni == 0 ? 0 : static_cast<double>(inter) / static_cast<double>(uni);
  if (jaccard >= kJaccard && (uni >= 2 || same_speaker)) return 1 + jaccard;
  // A part of a longer quote: enough words, and not only function words. Unresolved speakers
  // need a longer overlap, since nothing else ties the two together.
  size_t min_words = same_speaker ? 2 : 3;
  bool content =
      std::any_of(s.words.begin(), s.words.end(), [](uint64_t w) { return !IsStopwordHash(w); });
  if (s.words.size() >= min_words && l.words.size() <= kMaxContainmentWords && content &&
      Contains(l.words, s.words)) {
    return static_cast<double>(s.words.size()) / static_cast<double>(l.words.size());
  }
  if (!same_speaker) return 0;
  // One speaker's statement quoted in part by one outlet and paraphrased around the same words
  // by another: “as a basis for discussion, not as a text to be signed” / "had accepted (it)
  // as a basis for discussion".
  if (a.doc != b.doc) {
    // The run must be most of the shorter wording, and numbers must not differ ("dozens of
    // civilians have been killed" is not "1,900 … have been killed").
    auto [run, run_content] = LongestSharedRun(a.words, b.words);
    const size_t shorter = std::min(a.words.size(), b.words.size());
    const bool numbers_differ = !a.wording.numbers.empty() && !b.wording.numbers.empty() &&
                                a.wording.numbers != b.wording.numbers;
    if (run >= 5 && run_content >= 2 && run * 2 >= shorter && !numbers_differ) {
      return 0.5 * static_cast<double>(run) /
             static_cast<double>(std::max(a.words.size(), b.words.size()));
    }
  }
  return ConceptSimilarity(a, b);
}

// The same words (near verbatim, long enough to be one statement) in two articles.
bool SameWords(const QuoteOccurrence& a, const QuoteOccurrence& b) {
  if (a.doc == b.doc) return false;
  const QuoteOccurrence& s = a.words.size() <= b.words.size() ? a : b;
  const QuoteOccurrence& l = &s == &a ? b : a;
  if (s.wording.concepts.size() < kSpeakerConflictConcepts) return false;
  size_t inter = IntersectionSize(a.set, b.set);
  size_t uni = a.set.size() + b.set.size() - inter;
  if (uni > 0 && inter * 5 >= uni * 4) return true;
  return l.words.size() <= kMaxContainmentWords && Contains(l.words, s.words);
}

}  // namespace

QuoteAlignment AlignQuoteOccurrences(const StoryInput& story, const ResolvedEntities& entities) {
  SpellingIndex spellings(entities);
  auto entity_type = [&](int32_t e) {
    return e >= 0 && static_cast<size_t>(e) < entities.entities.size()
               ? entities.entities[static_cast<size_t>(e)].type
               : EntityType::kOther;
  };

  // Gender per entity: from the names' first words, then from honorifics before mentions
  // ("Ms Lind"); a conflict leaves it unknown.
  std::vector<Gender> gender(entities.entities.size(), Gender::kUnknown);
  std::vector<uint8_t> gender_conflict(entities.entities.size(), 0);
  auto note_gender = [&](int32_t e, Gender g) {
    if (e < 0 || static_cast<size_t>(e) >= gender.size() || g == Gender::kUnknown) return;
    if (gender[e] == Gender::kUnknown && !gender_conflict[e]) {
      gender[e] = g;
    } else if (gender[e] != g) {
      gender[e] = Gender::kUnknown, gender_conflict[e] = 1;
    }
  };
  for (size_t e = 0; e < entities.entities.size(); ++e) {
    const AccountEntity& ent = entities.entities[e];
    if (ent.type != EntityType::kPerson) continue;
    note_gender(static_cast<int32_t>(e), NameGender(ent.name));
    for (const std::string& v : ent.variants) note_gender(static_cast<int32_t>(e), NameGender(v));
  }
  for (size_t d = 0; d < story.docs.size() && d < entities.entity_of.size(); ++d) {
    const AnnotatedDoc* doc = story.docs[d];
    if (doc == nullptr || doc->article == nullptr) continue;
    std::string_view text = doc->text();
    for (size_t m = 0; m < doc->entities.size() && m < entities.entity_of[d].size(); ++m) {
      const EntityMention& em = doc->entities[m];
      int32_t e = entities.entity_of[d][m];
      if (e < 0 || entity_type(e) != EntityType::kPerson || em.span.begin > text.size()) continue;
      uint32_t from = em.span.begin > 8 ? em.span.begin - 8 : 0;
      note_gender(e, HonorificGender(text.substr(from, em.span.begin - from)));
    }
  }
  auto gender_of = [&](int32_t e) {
    return e >= 0 && static_cast<size_t>(e) < gender.size() ? gender[e] : Gender::kUnknown;
  };

  // 1. Occurrences with resolved speakers, per document in text order.
  std::vector<QuoteOccurrence> occ;
  for (size_t d = 0; d < story.docs.size(); ++d) {
    const AnnotatedDoc* doc = story.docs[d];
    if (doc == nullptr || doc->article == nullptr) continue;
    std::string_view text = doc->text();
    const std::vector<int32_t>* entity_of =
        d < entities.entity_of.size() ? &entities.entity_of[d] : nullptr;
    auto mention_entity = [&](size_t m) -> int32_t {
      return entity_of != nullptr && m < entity_of->size() ? (*entity_of)[m] : -1;
    };
    std::vector<size_t> order(doc->quotes.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
      return doc->quotes[a].text.begin < doc->quotes[b].text.begin;
    });
    auto inside_quote = [&](const TextSpan& span) {
      for (const Quote& q : doc->quotes) {
        if (q.direct && q.text.Contains(span)) return true;
      }
      return false;
    };
    // The person a "he"/"she" before anchor most likely means: named in [lo, anchor) outside
    // quoted words, in the latest sentence that names one, and first in it (the subject,
    // usually: "Solovey rejected reports about Chernetsky. “…,” she said."); by position alone
    // when the doc has no sentences. -1 when none.
    const bool has_sentences = !doc->sentences.empty();
    auto nearest_person = [&](uint32_t lo, uint32_t anchor, Gender wanted) {
      int32_t found = -1;
      const EntityMention* best = nullptr;
      for (size_t m = 0; m < doc->entities.size(); ++m) {
        const EntityMention& em = doc->entities[m];
        int32_t e = mention_entity(m);
        if (e < 0 || entity_type(e) != EntityType::kPerson || em.span.end > anchor) continue;
        if (!GendersAgree(gender_of(e), wanted)) continue;  // "she" is not Mr Roe
        if (em.span.begin < lo || inside_quote(em.span)) continue;
        bool better =
            best == nullptr ||
            (has_sentences ? em.sentence > best->sentence ||
                                 (em.sentence == best->sentence && em.span.begin < best->span.begin)
                           : em.span.begin > best->span.begin);
        if (better) best = &em, found = e;
      }
      return found;
    };
    // "the ministry", "The company": the organisation named just before whose name holds the
    // head noun ("the Kestrian foreign ministry"), or for a company-like head the one
    // organisation named in this or the two sentences before. -1 when none or unsure.
    auto DefiniteReferent = [&](const AnnotatedDoc& adoc, const std::vector<int32_t>* of,
                                const TextSpan& at, uint32_t s_at,
                                std::string_view written) -> int32_t {
      std::string_view head = DefiniteHead(written);
      if (head.empty() || of == nullptr) return -1;
      int32_t by_name = -1;
      uint32_t by_name_at = 0;
      std::unordered_set<int32_t> nearby;
      for (size_t m = 0; m < adoc.entities.size() && m < of->size(); ++m) {
        const EntityMention& em = adoc.entities[m];
        int32_t e = (*of)[m];
        if (e < 0 || em.span.end > at.begin || inside_quote(em.span)) continue;
        EntityType t = entity_type(e);
        if (t == EntityType::kPerson || t == EntityType::kPlace) continue;
        std::string name = AsciiLower(entities.entities[static_cast<size_t>(e)].name);
        if (name.find(head) != std::string::npos && (by_name < 0 || em.span.begin >= by_name_at)) {
          by_name = e, by_name_at = em.span.begin;
        }
        if (t == EntityType::kOrganization && em.sentence <= s_at && em.sentence + 2 >= s_at) {
          nearby.insert(e);
        }
      }
      if (by_name >= 0) return by_name;
      if (IsOrganisationHead(head) && nearby.size() == 1) return *nearby.begin();
      return -1;
    };
    const size_t doc_first_occ = occ.size();
    const Quote* prev = nullptr;
    int32_t prev_entity = -1;
    std::string prev_description;
    std::unordered_set<uint64_t> seen_spans;
    for (size_t qi : order) {
      const Quote& q = doc->quotes[qi];
      std::string_view words_text = q.text.Of(text);
      if (Trim(words_text).empty()) continue;
      if (!seen_spans.insert((static_cast<uint64_t>(q.text.begin) << 32) | q.text.end).second) {
        continue;  // the same span reported twice
      }
      QuoteOccurrence o;
      o.doc = d;
      o.text = q.text;
      o.direct = q.direct;
      o.sentence = q.sentence;
      o.cue = AsciiLower(CollapseWhitespace(q.cue.Of(text)));
      std::string speaker(Trim(q.speaker.Of(text)));
      o.speaker_written = CollapseWhitespace(speaker);
      PronounKind pronoun = Pronoun(AsciiLower(speaker));
      if (speaker.empty()) {
        // No attribution: nothing to resolve.
      } else if (pronoun != PronounKind::kNone) {
        const Gender wanted = PronounGender(AsciiLower(speaker));
        bool near_prev = prev != nullptr && q.sentence >= prev->sentence &&
                         q.sentence - prev->sentence <= kPronounSentences &&
                         q.text.begin >= prev->text.end &&
                         q.text.begin - prev->text.end <= kPronounBytes;
        // "he"/"she" continue a person or a described speaker, never an organisation, and
        // only one whose gender agrees; "they" never continues one named person.
        bool compatible =
            pronoun == PronounKind::kPerson
                ? (!prev_description.empty() || entity_type(prev_entity) == EntityType::kPerson) &&
                      GendersAgree(gender_of(prev_entity), wanted)
                : !(AsciiLower(speaker) == "they" && prev_entity >= 0 &&
                    entity_type(prev_entity) == EntityType::kPerson);
        // A new paragraph that names a person after the last quote and its attribution hands
        // "he"/"she" to that person ("His counterpart, Jan Roe, spoke later. “…,” he said.").
        uint32_t anchor = std::min(q.speaker.begin, q.text.begin);
        if (q.speaker.begin > q.text.end) anchor = q.speaker.begin;
        uint32_t after_prev = prev != nullptr ? std::max(prev->text.end, prev->speaker.end) : 0;
        if (near_prev && pronoun == PronounKind::kPerson && anchor > after_prev &&
            text.substr(after_prev, anchor - after_prev).find('\n') != std::string_view::npos) {
          near_prev = nearest_person(after_prev, anchor, wanted) < 0;
        }
        if (near_prev && compatible && (prev_entity >= 0 || !prev_description.empty())) {
          o.entity = prev_entity;
          o.description = prev_description;
        } else if (pronoun == PronounKind::kPerson) {
          o.entity = nearest_person(0, anchor, wanted);
        }
      } else {
        // A named speaker: the entity mention in the attribution (a person first, then the
        // widest overlap), else a spelling of a known entity, else a description.
        int32_t best_e = -1;
        uint32_t best_overlap = 0;
        bool best_person = false;
        TextSpan best_span;
        for (size_t m = 0; m < doc->entities.size(); ++m) {
          const EntityMention& em = doc->entities[m];
          int32_t e = mention_entity(m);
          if (e < 0 || !em.span.Overlaps(q.speaker)) continue;
          uint32_t overlap =
              std::min(em.span.end, q.speaker.end) - std::max(em.span.begin, q.speaker.begin);
          bool person = entity_type(e) == EntityType::kPerson;
          if (best_e < 0 || (person && !best_person) ||
              (person == best_person && overlap > best_overlap)) {
            best_e = e, best_overlap = overlap, best_person = person, best_span = em.span;
          }
        }
        if (best_e >= 0 && PossessiveOwner(text, q.speaker, best_span)) {
          best_e = -1;  // "Varga’s spokesman": someone speaking for Varga
        } else if (best_e >= 0 && !best_person && HasOtherWords(text, q.speaker, best_span)) {
          best_e = -1;  // "a U.S. official", "two NATO diplomats": described, not named
        } else if (best_e < 0) {
          best_e = spellings.Lookup(speaker);
        }
        if (best_e < 0) best_e = DefiniteReferent(*doc, entity_of, q.speaker, q.sentence, speaker);
        o.entity = best_e;
        if (best_e < 0) o.description = Description(speaker);
        // "the ministry" after "the Kestrian foreign ministry said": the fuller description.
        std::string_view head = best_e < 0 ? DefiniteHead(speaker) : std::string_view();
        for (size_t k = occ.size(); !head.empty() && k > doc_first_occ; --k) {
          const std::string& earlier = occ[k - 1].description;
          if (earlier.size() > o.description.size() && EndsWith(AsciiLower(earlier), head) &&
              !IsAnonymousDescription(earlier)) {
            o.description = earlier;
            break;
          }
        }
      }
      o.anonymous = o.entity < 0 && IsAnonymousDescription(o.description);
      o.words = WordHashes(words_text);
      o.set = o.words;
      std::sort(o.set.begin(), o.set.end());
      o.set.erase(std::unique(o.set.begin(), o.set.end()), o.set.end());
      o.wording = AnalyzeWording(words_text, q.direct && NegatedBefore(text, q.text.begin));
      prev = &q;
      prev_entity = o.entity;
      prev_description = o.description;
      if (!o.words.empty()) occ.push_back(std::move(o));
    }
  }

  // 2. Candidate pairs through shared selective keys; scored; merged strongest first. A key is a
  // word, or a (speaker, word) or (speaker, concept) pair for attributed quotes. Keys found in
  // more than max(kMinPostingCap, n / 50) occurrences ("the", "we", a prolific speaker's "will")
  // propose no pairs, so the cost stays near-linear in the number of quotes; the score still
  // uses every word, and the speaker-scoped keys keep a trimmed or translated quote with its
  // fuller wording even when all its words are common.
  const size_t n = occ.size();
  auto keys_of = [&](const QuoteOccurrence& o) {
    std::vector<uint64_t> keys(o.set);
    if (o.entity >= 0) {
      const uint64_t salt = 0x9E3779B97F4A7C15ULL * (static_cast<uint64_t>(o.entity) + 1);
      for (uint64_t w : o.set) keys.push_back(w ^ salt);
      for (uint64_t c : o.wording.concepts) keys.push_back((c ^ salt) * 0xFF51AFD7ED558CCDULL);
    }
    return SortedUnique(std::move(keys));
  };
  std::unordered_map<uint64_t, uint32_t> frequency;
  for (const QuoteOccurrence& o : occ) {
    for (uint64_t k : keys_of(o)) ++frequency[k];
  }
  const uint32_t cap = static_cast<uint32_t>(std::max<size_t>(kMinPostingCap, n / 50));
  std::unordered_map<uint64_t, std::vector<uint32_t>> postings;
  std::vector<std::pair<double, std::pair<uint32_t, uint32_t>>> pairs;
  std::vector<std::pair<uint32_t, uint32_t>> speaker_pairs;
  std::unordered_set<uint64_t> tried;
  for (uint32_t i = 0; i < n; ++i) {
    for (uint64_t k : keys_of(occ[i])) {
      if (frequency[k] > cap) continue;
      std::vector<uint32_t>& list = postings[k];
      for (uint32_t j : list) {
        if (!tried.insert((static_cast<uint64_t>(j) << 32) | i).second) continue;
        const QuoteOccurrence& a = occ[j];
        const QuoteOccurrence& b = occ[i];
        if (a.entity >= 0 && b.entity >= 0 && a.entity != b.entity) {
          if (entity_type(a.entity) == entity_type(b.entity) && SameWords(a, b)) {
            speaker_pairs.push_back({j, i});
          }
          continue;
        }
        double score = Similarity(a, b);
        if (score > 0) pairs.push_back({score, {j, i}});
      }
      list.push_back(i);
    }
  }
  std::sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  DisjointSets sets(n);
  std::vector<int32_t> group_entity(n);
  std::vector<uint8_t> group_anonymous(n);
  for (size_t i = 0; i < n; ++i) {
    group_entity[i] = occ[i].entity;
    group_anonymous[i] = occ[i].anonymous;
  }
  auto named_person = [&](int32_t e) { return e >= 0 && entity_type(e) == EntityType::kPerson; };
  for (const auto& [score, p] : pairs) {
    size_t a = sets.Find(p.first), b = sets.Find(p.second);
    if (a == b) continue;
    int32_t ea = group_entity[a], eb = group_entity[b];
    if (ea >= 0 && eb >= 0 && ea != eb) continue;  // never join two different speakers
    // An unnamed source ("a U.S. official") is never taken for a named person.
    if ((group_anonymous[a] && named_person(eb)) || (group_anonymous[b] && named_person(ea))) {
      continue;
    }
    size_t root = sets.Union(a, b);
    group_entity[root] = ea >= 0 ? ea : eb;
    group_anonymous[root] = group_anonymous[a] || group_anonymous[b];
  }

  // 3. One AccountQuote per group.
  std::map<size_t, std::vector<uint32_t>> groups;
  for (size_t i = 0; i < n; ++i) groups[sets.Find(i)].push_back(static_cast<uint32_t>(i));
  struct Built {
    AccountQuote quote;
    std::vector<uint32_t> members;
    size_t root = 0;
    size_t articles = 0;
    size_t first = 0;  // index of the first occurrence (doc order, then offset)
  };
  std::vector<Built> built;
  for (auto& [root, list] : groups) {
    Built b;
    b.first = list.front();
    b.root = root;
    b.members = list;
    AccountQuote& q = b.quote;
    q.direct = false;
    int32_t e = group_entity[root];
    size_t longest = list.front();
    std::vector<std::pair<std::string, int>> descriptions;
    std::unordered_set<uint32_t> articles;
    for (size_t i : list) {
      const QuoteOccurrence& o = occ[i];
      q.direct = q.direct || o.direct;
      Evidence ev = o.doc < story.article_index.size()
                        ? story.At(o.doc, o.text)
                        : Evidence{static_cast<uint32_t>(o.doc), o.text};
      q.evidence.push_back(ev);
      articles.insert(ev.article);
      const QuoteOccurrence& l = occ[longest];
      if (o.words.size() > l.words.size() ||
          (o.words.size() == l.words.size() && o.text.size() > l.text.size())) {
        longest = i;
      }
      if (!o.description.empty()) {
        auto it = std::find_if(descriptions.begin(), descriptions.end(),
                               [&](const auto& d) { return IEquals(d.first, o.description); });
        if (it == descriptions.end()) {
          descriptions.emplace_back(o.description, 1);
        } else {
          ++it->second;
        }
      }
    }
    const QuoteOccurrence& l = occ[longest];
    q.text = std::string(Trim(l.text.Of(story.docs[l.doc]->text())));
    q.cue = l.cue;
    for (size_t i : list) {
      if (q.cue.empty()) q.cue = occ[i].cue;
    }
    if (e >= 0 && static_cast<size_t>(e) < entities.entities.size()) {
      q.speaker = entities.entities[static_cast<size_t>(e)].id;
      q.speaker_name = entities.entities[static_cast<size_t>(e)].name;
    } else if (!descriptions.empty()) {
      q.speaker_name =
          std::max_element(descriptions.begin(), descriptions.end(),
                           [](const auto& x, const auto& y) { return x.second < y.second; })
              ->first;
    }
    b.articles = articles.size();
    built.push_back(std::move(b));
  }
  std::stable_sort(built.begin(), built.end(), [](const Built& a, const Built& b) {
    return a.articles != b.articles ? a.articles > b.articles : a.first < b.first;
  });
  QuoteAlignment out;
  out.quotes.reserve(built.size());
  std::unordered_map<size_t, uint32_t> quote_of_root;
  for (Built& b : built) {
    quote_of_root[b.root] = static_cast<uint32_t>(out.quotes.size());
    b.quote.id = "q" + std::to_string(out.quotes.size() + 1);
    out.quotes.push_back(std::move(b.quote));
    out.members.push_back(std::move(b.members));
  }
  std::set<std::pair<uint32_t, uint32_t>> seen_pairs;
  for (const auto& [a, b] : speaker_pairs) {
    uint32_t qa = quote_of_root[sets.Find(a)], qb = quote_of_root[sets.Find(b)];
    if (qa == qb) continue;
    if (qa > qb) std::swap(qa, qb);
    if (seen_pairs.insert({qa, qb}).second) out.same_words_other_speaker.push_back({qa, qb});
  }
  out.occurrences = std::move(occ);
  return out;
}

std::vector<AccountQuote> AlignQuotes(const StoryInput& story, const ResolvedEntities& entities) {
  return AlignQuoteOccurrences(story, entities).quotes;
}

}  // namespace corroborate
