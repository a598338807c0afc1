// Quote similarity (quote_similarity.h): word-set, containment, shared-run and concept scores.
#include "reconcile/quote_similarity.h"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

#include "core/strings.h"
#include "reconcile/quote_wording.h"
#include "story/shingles.h"

namespace corroborate {
namespace {

constexpr double kJaccard = 0.6;
// Longer "quotes" (a broken attribution swallowing a paragraph) are compared by word sets only,
// so the contiguous-containment scan stays cheap.
constexpr size_t kMaxContainmentWords = 1000;
// Same words said by two different people: the shorter wording has at least this many concepts.
constexpr size_t kSpeakerConflictConcepts = 4;

// Function words (hashed): a shared run or contained quote of these alone is no statement.
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

// Whether `shorter` stands, contiguous and in order, inside `longer`.
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
    if (!SetHas(wanted, sequence[i])) continue;
    std::vector<uint64_t> found = {sequence[i]};
    for (size_t j = i; j < sequence.size() && j - i < best; ++j) {
      if (SetHas(wanted, sequence[j]) &&
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

}  // namespace

// How strongly two occurrences are the same statement; 0 when they are not.
double QuoteSimilarity(const QuoteOccurrence& a, const QuoteOccurrence& b) {
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
bool SameQuoteWords(const QuoteOccurrence& a, const QuoteOccurrence& b) {
  if (a.doc == b.doc) return false;
  const QuoteOccurrence& s = a.words.size() <= b.words.size() ? a : b;
  const QuoteOccurrence& l = &s == &a ? b : a;
  if (s.wording.concepts.size() < kSpeakerConflictConcepts) return false;
  size_t inter = IntersectionSize(a.set, b.set);
  size_t uni = a.set.size() + b.set.size() - inter;
  if (uni > 0 && inter * 5 >= uni * 4) return true;
  return l.words.size() <= kMaxContainmentWords && Contains(l.words, s.words);
}

}  // namespace corroborate
