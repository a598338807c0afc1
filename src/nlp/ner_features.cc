// Entity recogniser features; see ner_features.h.
#include "nlp/ner_features.h"

#include <algorithm>

#include "core/utf8.h"
#include "nlp/feature_key.h"
#include "nlp/ner_cues.h"
#include "nlp/ner_tags.h"

namespace corroborate::nlp {
namespace {

// Feature template ids (stable: model files store keys hashed with them). The range starts
// at 200 so that no key equals a tagger or parser key by construction.
enum Template : uint32_t {
  kBias = 200,
  kWord,
  kLower,
  kShape,
  kPrefix3,
  kSuffix2,
  kSuffix3,
  kSuffix4,
  kPrev1,
  kPrev2,
  kNext1,
  kNext2,
  kPrevCur,
  kCurNext,
  kPrevShape,
  kNextShape,
  kPrevShapeCur,
  kCurShapeNext,
  kFlags,
  kStyleShape,
  kCasing,
  kPrevCasing,
  kNextCasing,
  kXpos,
  kUposPrev,
  kUposNext,
  kUposPrevCur,
  kUposCurNext,
  kXposLower,
  kGazetteer,
  kGazetteerCap,
  kGazetteerPrev,
  kGazetteerNext,
  kPrevTag,
  kPrev2Tags,
  kPrevTagLower,
  kPrevTagShape,
  kPrevTagCasing,
  kUposPrev2,
  kUposNext2,
  kMemoryWord,  // NerDocumentMemory keys (not a feature)
  kHistory,
  kHistoryPrev,
  kHistoryNext,
  kCue,  // from here on only with NerResources::cues
  kPrevCue,
  kNextCue,
  kRunCues,
  kRunFirst,
  kRunLast,
  kCluster,  // from here on only with NerResources::clusters
  kPrevCluster,
  kNextCluster,
  kClusterCap,
};

constexpr std::string_view kStart = "<s>";
constexpr std::string_view kEnd = "</s>";

bool HasLetter(std::string_view w) {
  for (char c : w) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80) {
      return true;
    }
  }
  return false;
}

bool AllUpper(std::string_view w) {
  bool upper = false;
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
    upper |= c >= 'A' && c <= 'Z';
  }
  return upper;
}

// How the sentence is cased: 0 ordinary, 1 all lowercase (chat, e-mail), 2 all capitals,
// 3 title case (headlines). Capitals mean little in 1-3.
uint64_t SentenceStyle(std::span<const std::string_view> words) {
  size_t alphabetic = 0, capitalised = 0, upper = 0, long_capitalised = 0, long_words = 0;
  for (std::string_view w : words) {
    if (!HasLetter(w)) continue;
    ++alphabetic;
    const bool cap = StartsWithCapital(w);
    capitalised += cap;
    upper += w.size() > 1 && AllUpper(w);
    if (w.size() > 3) {
      ++long_words;
      long_capitalised += cap;
    }
  }
  if (alphabetic < 3) return 0;
  if (capitalised == 0 || (capitalised == 1 && StartsWithCapital(words[0]))) return 1;
  if (upper * 10 >= alphabetic * 8) return 2;
  if (long_words >= 3 && long_capitalised * 10 >= long_words * 8) return 3;
  return 0;
}

// Capitalisation and form flags of word i.
uint64_t Flags(std::string_view word, size_t i) {
  bool digit = false, hyphen = false, period = false, ampersand = false;
  for (char c : word) {
    digit |= c >= '0' && c <= '9';
    hyphen |= c == '-';
    period |= c == '.';
    ampersand |= c == '&';
  }
  const bool cap = StartsWithCapital(word);
  const bool all_upper = word.size() > 1 && AllUpper(word);
  return (i == 0 ? 1 : 0) | (cap ? 2 : 0) | (all_upper ? 4 : 0) | (digit ? 8 : 0) |
         (hyphen ? 16 : 0) | (period ? 32 : 0) | (ampersand ? 64 : 0) |
         (word.size() == 1 ? 128 : 0);
}

// Keys on the cues of word i, its neighbours and its capitalised run (with the word's place in
// the run, as a BILOU part, and the run's length), and the run's first and last words.
void AddCueKeys(const NerSentenceFeatures& f, size_t i, uint64_t cap, std::vector<uint64_t>* keys) {
  const size_t n = f.cues.size();
  if (f.cues[i] != 0) keys->push_back(FeatureKey(kCue, f.cues[i], cap));
  if (i > 0 && f.cues[i - 1] != 0) keys->push_back(FeatureKey(kPrevCue, f.cues[i - 1]));
  if (i + 1 < n && f.cues[i + 1] != 0) keys->push_back(FeatureKey(kNextCue, f.cues[i + 1]));
  const uint32_t begin = f.run_begin[i], end = f.run_end[i];
  if (end <= begin) return;
  const uint32_t length = end - begin;
  const BilouPart part = length == 1    ? BilouPart::kU
                         : i == begin   ? BilouPart::kB
                         : i + 1 == end ? BilouPart::kL
                                        : BilouPart::kI;
  uint64_t others = 0;
  for (uint32_t j = begin; j < end; ++j) {
    if (j != i) others |= f.cues[j];
  }
  const uint64_t where = static_cast<uint64_t>(part) * 8 + std::min<uint32_t>(length, 5);
  keys->push_back(FeatureKey(kRunCues, others, where));
  if (length >= 2) {
    keys->push_back(FeatureKey(kRunFirst, WithoutFinalPeriod(f.normalized[begin]),
                               static_cast<uint64_t>(part)));
    keys->push_back(FeatureKey(kRunLast, WithoutFinalPeriod(f.normalized[end - 1]),
                               static_cast<uint64_t>(part)));
  }
}

// Keys on the cluster path prefixes of word i and its neighbours; the word's coarse cluster
// also with its capitalisation (a capitalised word of a name-like cluster).
void AddClusterKeys(const NerSentenceFeatures& f, size_t i, uint64_t cap,
                    std::vector<uint64_t>* keys) {
  const size_t n = f.clusters.size();
  constexpr uint64_t kNone = 0xFFFFFFC0u;  // outside the sentence: no path prefix has this value
  for (uint32_t bits : kClusterPrefixBits) {
    const uint64_t here = WordClusters::Prefix(f.clusters[i], bits);
    keys->push_back(FeatureKey(kCluster, here, bits));
    keys->push_back(FeatureKey(
        kPrevCluster, i > 0 ? WordClusters::Prefix(f.clusters[i - 1], bits) : kNone, bits));
    keys->push_back(FeatureKey(
        kNextCluster, i + 1 < n ? WordClusters::Prefix(f.clusters[i + 1], bits) : kNone, bits));
    if (bits <= 10) keys->push_back(FeatureKey(kClusterCap, here, bits * 2 + cap));
  }
}

}  // namespace

void NerDocumentMemory::Clear() {
  index_.Clear();
  counts_.clear();
}

void NerDocumentMemory::Remember(std::span<const std::string> normalized,
                                 std::span<const std::string_view> words,
                                 std::span<const uint16_t> tags) {
  for (size_t i = 0; i < words.size(); ++i) {
    const bool in_entity = tags[i] != kOutsideTag;
    if (!in_entity && !StartsWithCapital(words[i])) continue;
    const uint32_t outcome =
        in_entity ? std::min<uint32_t>(TagType(tags[i]), kOutside - 1) : kOutside;
    const int32_t row =
        index_.Insert(FeatureKey(kMemoryWord, normalized[i]), static_cast<int32_t>(counts_.size()));
    if (static_cast<size_t>(row) == counts_.size()) counts_.push_back({});
    uint16_t& count = counts_[row][outcome];
    if (count < UINT16_MAX) ++count;
  }
}

uint32_t NerDocumentMemory::Recall(std::string_view normalized) const {
  const int32_t row = index_.Find(FeatureKey(kMemoryWord, normalized));
  if (row < 0) return 0;
  const auto& c = counts_[row];
  uint32_t best = 0, total = 0;
  for (uint32_t o = 0; o <= kOutside; ++o) {
    total += c[o];
    if (c[o] > c[best]) best = o;
  }
  return 1 + best + (c[best] == total ? 16 : 0);
}

bool StartsWithCapital(std::string_view word) {
  if (word.empty()) return false;
  const unsigned char c0 = static_cast<unsigned char>(word[0]);
  if (c0 < 0x80) return c0 >= 'A' && c0 <= 'Z';
  size_t pos = 0;
  const char32_t c = utf8::Next(word, &pos);
  if (c >= 0xC0 && c <= 0xDE) return c != 0xD7;  // Latin-1: À … Þ
  if (c >= 0x100 && c <= 0x17F) {  // Latin Extended-A: capital and small letters alternate
    if (c <= 0x137 || (c >= 0x14A && c <= 0x177)) return c % 2 == 0;
    return c == 0x178 || c % 2 == 1;
  }
  if (c >= 0x391 && c <= 0x3A9) return true;  // Greek capitals
  if (c >= 0x400 && c <= 0x42F) return true;  // Cyrillic capitals
  return false;
}

void ExtractNerFeatures(std::span<const std::string_view> words,
                        std::span<const std::string_view> upos,
                        std::span<const std::string_view> xpos, const NerResources& resources,
                        const NerDocumentMemory* memory, NerSentenceFeatures* f) {
  const size_t n = words.size();
  const bool pos = upos.size() == n && xpos.size() == n && n > 0;
  f->normalized.resize(n);
  f->shapes.resize(n);
  f->casing.resize(n);
  for (size_t i = 0; i < n; ++i) {
    f->normalized[i] = NormalizeWord(words[i]);
    f->shapes[i] = WordShape(words[i]);
    const uint32_t mask = resources.casing ? resources.casing->Mask(f->normalized[i]) : 0;
    f->casing[i] = static_cast<uint8_t>(CasingBucket(mask));
  }
  f->history.assign(n, 0);
  if (memory != nullptr) {
    for (size_t i = 0; i < n; ++i) f->history[i] = memory->Recall(f->normalized[i]);
  }
  if (resources.gazetteer != nullptr) {
    resources.gazetteer->Mark(f->normalized, &f->gazetteer);
  } else {
    f->gazetteer.assign(n, 0);
  }
  auto norm = [&](ptrdiff_t j) -> std::string_view {
    if (j < 0) return kStart;
    if (static_cast<size_t>(j) >= n) return kEnd;
    return f->normalized[j];
  };
  auto shape = [&](ptrdiff_t j) -> std::string_view {
    if (j < 0) return kStart;
    if (static_cast<size_t>(j) >= n) return kEnd;
    return f->shapes[j];
  };
  auto tag = [&](ptrdiff_t j) -> std::string_view {
    if (j < 0) return kStart;
    if (static_cast<size_t>(j) >= n) return kEnd;
    return upos[j];
  };
  auto casing = [&](ptrdiff_t j) -> uint64_t {
    if (j < 0 || static_cast<size_t>(j) >= n) return 5;
    return f->casing[j];
  };
  const uint64_t style = SentenceStyle(words);
  const bool cues = resources.cues != nullptr;
  if (cues) {
    f->cues.resize(n);
    for (size_t i = 0; i < n; ++i) {
      f->cues[i] = resources.cues->Mask(WithoutFinalPeriod(f->normalized[i])) & kTagBits;
    }
    // Capitals mark names only in ordinarily cased sentences.
    if (style == 0) {
      CapitalisedRuns(words, f->normalized, &f->run_begin, &f->run_end);
    } else {
      f->run_begin.resize(n);
      f->run_end.resize(n);
      for (size_t i = 0; i < n; ++i) f->run_begin[i] = f->run_end[i] = static_cast<uint32_t>(i);
    }
  }
  if (resources.clusters != nullptr) {
    f->clusters.resize(n);
    for (size_t i = 0; i < n; ++i) f->clusters[i] = resources.clusters->Path(f->normalized[i]);
  }
  f->keys.clear();
  f->begin.resize(n + 1);
  std::vector<uint64_t>& keys = f->keys;
  for (size_t i = 0; i < n; ++i) {
    f->begin[i] = static_cast<uint32_t>(keys.size());
    const ptrdiff_t k = static_cast<ptrdiff_t>(i);
    const std::string_view w = f->normalized[i];
    const std::string_view s = f->shapes[i];
    const uint64_t flags = Flags(words[i], i);
    const uint64_t cap = (flags & 2) ? 1 : 0;
    keys.push_back(FeatureKey(kBias, uint64_t{0}));
    keys.push_back(FeatureKey(kWord, words[i]));
    keys.push_back(FeatureKey(kLower, cues ? WithoutFinalPeriod(w) : w));
    keys.push_back(FeatureKey(kShape, s));
    keys.push_back(FeatureKey(kPrefix3, utf8::FirstCodepoints(w, 3)));
    keys.push_back(FeatureKey(kSuffix2, utf8::LastCodepoints(w, 2)));
    keys.push_back(FeatureKey(kSuffix3, utf8::LastCodepoints(w, 3)));
    keys.push_back(FeatureKey(kSuffix4, utf8::LastCodepoints(w, 4)));
    keys.push_back(FeatureKey(kPrev1, norm(k - 1)));
    keys.push_back(FeatureKey(kPrev2, norm(k - 2)));
    keys.push_back(FeatureKey(kNext1, norm(k + 1)));
    keys.push_back(FeatureKey(kNext2, norm(k + 2)));
    keys.push_back(FeatureKey(kPrevCur, norm(k - 1), w));
    keys.push_back(FeatureKey(kCurNext, w, norm(k + 1)));
    keys.push_back(FeatureKey(kPrevShape, shape(k - 1)));
    keys.push_back(FeatureKey(kNextShape, shape(k + 1)));
    keys.push_back(FeatureKey(kPrevShapeCur, shape(k - 1), s));
    keys.push_back(FeatureKey(kCurShapeNext, s, shape(k + 1)));
    keys.push_back(FeatureKey(kFlags, flags));
    keys.push_back(FeatureKey(kStyleShape, s, style * 2 + (i == 0 ? 1 : 0)));
    keys.push_back(FeatureKey(kCasing, casing(k), (style * 2 + cap) * 2 + (i == 0 ? 1 : 0)));
    keys.push_back(FeatureKey(kPrevCasing, casing(k - 1), casing(k)));
    keys.push_back(FeatureKey(kNextCasing, casing(k), casing(k + 1)));
    if (pos) {
      keys.push_back(FeatureKey(kXpos, xpos[i]));
      keys.push_back(FeatureKey(kUposPrev, tag(k - 1)));
      keys.push_back(FeatureKey(kUposNext, tag(k + 1)));
      keys.push_back(FeatureKey(kUposPrev2, tag(k - 2)));
      keys.push_back(FeatureKey(kUposNext2, tag(k + 2)));
      keys.push_back(FeatureKey(kUposPrevCur, tag(k - 1), xpos[i]));
      keys.push_back(FeatureKey(kUposCurNext, xpos[i], tag(k + 1)));
      keys.push_back(FeatureKey(kXposLower, xpos[i], w));
    }
    if (f->history[i] != 0) keys.push_back(FeatureKey(kHistory, f->history[i], cap));
    if (i > 0 && f->history[i - 1] != 0) {
      keys.push_back(FeatureKey(kHistoryPrev, f->history[i - 1]));
    }
    if (i + 1 < n && f->history[i + 1] != 0) {
      keys.push_back(FeatureKey(kHistoryNext, f->history[i + 1]));
    }
    if (cues) AddCueKeys(*f, i, cap, &keys);
    if (resources.clusters != nullptr) AddClusterKeys(*f, i, cap, &keys);
    for (uint16_t bits = f->gazetteer[i]; bits != 0; bits &= bits - 1) {
      const uint64_t bit = static_cast<uint64_t>(__builtin_ctz(bits));
      keys.push_back(FeatureKey(kGazetteer, bit));
      keys.push_back(FeatureKey(kGazetteerCap, bit, cap * 4 + style));
    }
    if (i > 0) {
      for (uint16_t bits = f->gazetteer[i - 1]; bits != 0; bits &= bits - 1) {
        keys.push_back(FeatureKey(kGazetteerPrev, static_cast<uint64_t>(__builtin_ctz(bits))));
      }
    }
    if (i + 1 < n) {
      for (uint16_t bits = f->gazetteer[i + 1]; bits != 0; bits &= bits - 1) {
        keys.push_back(FeatureKey(kGazetteerNext, static_cast<uint64_t>(__builtin_ctz(bits))));
      }
    }
  }
  f->begin[n] = static_cast<uint32_t>(keys.size());
}

void AddNerTagFeatures(const NerSentenceFeatures& f, size_t i, uint16_t prev1, uint16_t prev2,
                       std::vector<uint64_t>* keys) {
  keys->assign(f.keys.begin() + f.begin[i], f.keys.begin() + f.begin[i + 1]);
  keys->push_back(FeatureKey(kPrevTag, prev1));
  keys->push_back(FeatureKey(kPrev2Tags, prev1, prev2));
  keys->push_back(FeatureKey(kPrevTagLower, f.normalized[i], prev1));
  keys->push_back(FeatureKey(kPrevTagShape, f.shapes[i], prev1));
  keys->push_back(FeatureKey(kPrevTagCasing, prev1, f.casing[i]));
}

}  // namespace corroborate::nlp
