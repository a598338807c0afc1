// Tagger features; see tagger_features.h.
#include "nlp/tagger_features.h"

#include <algorithm>

#include "core/utf8.h"
#include "nlp/feature_key.h"

namespace corroborate::nlp {
namespace {

// Feature template ids (stable: model files store keys hashed with them).
enum Template : uint32_t {
  kBias = 1,
  kWord,
  kSuffix1,
  kSuffix2,
  kSuffix3,
  kSuffix4,
  kPrefix1,
  kPrefix2,
  kPrefix3,
  kShape,
  kFlags,
  kPrevWord,
  kPrev2Word,
  kNextWord,
  kNext2Word,
  kPrevSuffix3,
  kNextSuffix3,
  kMask,
  kNextMask,
  kPrevMask,
  kWordNextWord,
  kPrevWordWord,
  kPrevTag,
  kPrev2Tags,
  kPrevTagWord,
  kPrevTagNextWord,
  kXposUpos,
  kXposUposWord,
  kXposUposSuffix3,
  kXposUposSuffix2,
  kXposUposNextWord,
  kSuffix5,
  kFirstWordShape,
  kNextShape,
  kPrevShape,
  kXposUposSuffix1,
  kXposUposPrevWord,
  kXposUposPrevUpos,
  kXposUposShape,
  kNext2Mask,
  kMaskNextMask,
  kTitleShape,
  kCapMask,
  kPrevTagMask,
  kHint0,
  kHint1,
  kHint12,
  kHint01,
  kHint1Word,
  kHintPrevNext,
  kHint0Word,
  kCapPrior,
  kClusterPrefix,  // from here on only with clusters
  kPrevClusterPrefix,
  kNextClusterPrefix,
};

constexpr std::string_view kStart = "<s>";
constexpr std::string_view kEnd = "</s>";

uint64_t Flags(std::string_view word, size_t i) {
  uint64_t f = i == 0 ? 1 : 0;
  bool upper = false, lower = false, digit = false, hyphen = false;
  for (char c : word) {
    upper |= c >= 'A' && c <= 'Z';
    lower |= c >= 'a' && c <= 'z';
    digit |= c >= '0' && c <= '9';
    hyphen |= c == '-';
  }
  const bool initial_upper = !word.empty() && word[0] >= 'A' && word[0] <= 'Z';
  f |= (initial_upper ? 2 : 0) | (upper && !lower ? 4 : 0) | (digit ? 8 : 0) | (hyphen ? 16 : 0);
  return f;
}

}  // namespace

std::string NormalizeWord(std::string_view word) {
  std::string out(word);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    } else if (c >= '0' && c <= '9') {
      c = '0';
    }
  }
  return out;
}

std::string WordShape(std::string_view word) {
  std::string out;
  for (char c : word) {
    char k;
    if (c >= 'A' && c <= 'Z') {
      k = 'X';
    } else if (c >= 'a' && c <= 'z') {
      k = 'x';
    } else if (c >= '0' && c <= '9') {
      k = 'd';
    } else if (static_cast<unsigned char>(c) >= 0x80) {
      k = 'u';
    } else {
      k = c;
    }
    if (out.empty() || out.back() != k) out.push_back(k);
    if (out.size() >= 8) break;
  }
  return out;
}

void TagLexicon::Add(std::string_view normalized, uint32_t tag, int capitalised) {
  const uint64_t key = FeatureKey(0, normalized);
  int32_t row = index_.Insert(key, static_cast<int32_t>(keys_.size()));
  if (static_cast<size_t>(row) == keys_.size()) {
    keys_.push_back(key);
    masks_.push_back(0);
    counts_.push_back(0);
    inner_.push_back(0);
    capitals_.push_back(0);
  }
  masks_[row] |= uint32_t{1} << (tag % kMaxLexiconTags);
  ++counts_[row];
  if (capitalised >= 0) {
    ++inner_[row];
    capitals_[row] += capitalised;
  }
}

void TagLexicon::Finish(uint32_t min_count) {
  std::vector<uint64_t> keys;
  std::vector<uint32_t> masks;
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (counts_[i] < min_count) continue;
    uint32_t bucket = 0;
    if (capitals_[i] > 0) {
      const double share = static_cast<double>(capitals_[i]) / inner_[i];
      bucket = share < 0.2 ? 1 : share < 0.8 ? 2 : 3;
    }
    keys.push_back(keys_[i]);
    masks.push_back((masks_[i] & kTagBits) | (bucket << kMaxLexiconTags));
  }
  keys_ = std::move(keys);
  masks_ = std::move(masks);
  counts_.clear();
  inner_.clear();
  capitals_.clear();
  index_.Clear();
  index_.Reserve(keys_.size());
  for (size_t i = 0; i < keys_.size(); ++i) index_.Insert(keys_[i], static_cast<int32_t>(i));
}

uint32_t TagLexicon::Mask(std::string_view normalized) const {
  int32_t row = index_.Find(FeatureKey(0, normalized));
  return row < 0 ? 0 : masks_[row];
}

void TagLexicon::Save(std::string_view section, ModelWriter* writer) const {
  ByteWriter w;
  w.Array(keys_);
  w.Array(masks_);
  writer->AddSection(std::string(section), std::move(w.bytes()));
}

Status TagLexicon::Load(const ModelFile& file, std::string_view section) {
  *this = TagLexicon();
  ByteReader r = file.Reader(section);
  r.Array(&keys_, uint64_t{1} << 26);
  r.Array(&masks_, uint64_t{1} << 26);
  if (r.ok() && !r.AtEnd()) r.Fail("unexpected bytes at the end");
  if (r.ok() && keys_.size() != masks_.size()) r.Fail("keys and masks differ in number");
  if (r.ok()) {
    index_.Reserve(keys_.size());
    for (size_t i = 0; i < keys_.size(); ++i) {
      if (keys_[i] == 0 ||
          index_.Insert(keys_[i], static_cast<int32_t>(i)) != static_cast<int32_t>(i)) {
        r.Fail("duplicate or zero keys");
        break;
      }
    }
  }
  if (!r.ok()) {
    *this = TagLexicon();
    return file.Error(r.error());
  }
  return Status::Ok();
}

void ExtractWordFeatures(std::span<const std::string_view> words, const TagLexicon& lexicon,
                         SentenceFeatures* f, const WordClusters* clusters) {
  const size_t n = words.size();
  f->normalized.resize(n);
  f->shapes.resize(n);
  f->masks.resize(n);
  f->capitals.resize(n);
  f->word.resize(n);
  for (size_t i = 0; i < n; ++i) {
    f->normalized[i] = NormalizeWord(words[i]);
    f->shapes[i] = WordShape(words[i]);
    const uint32_t entry = lexicon.Mask(f->normalized[i]);
    f->masks[i] = entry & kTagBits;
    f->capitals[i] = static_cast<uint8_t>(entry >> kMaxLexiconTags);
  }
  if (clusters != nullptr) {
    f->clusters.resize(n);
    for (size_t i = 0; i < n; ++i) f->clusters[i] = clusters->Path(f->normalized[i]);
  }
  // Sentence boundaries get a value no path prefix has (a prefix always has a length >= 1).
  constexpr uint32_t kNoCluster = 0xFFFFFFC0u;
  auto cluster = [&](ptrdiff_t j) -> uint32_t {
    if (j < 0 || static_cast<size_t>(j) >= n) return kNoCluster;
    return f->clusters[j];
  };
  auto norm = [&](ptrdiff_t j) -> std::string_view {
    if (j < 0) return kStart;
    if (static_cast<size_t>(j) >= n) return kEnd;
    return f->normalized[j];
  };
  auto mask = [&](ptrdiff_t j) -> uint64_t {
    if (j < 0 || static_cast<size_t>(j) >= n) return 0xFFFFFFFFu;
    return f->masks[j];
  };
  // Headlines and titles capitalise most words, so capitals say less about names there.
  size_t capitalised = 0, alphabetic = 0;
  for (std::string_view w : words) {
    if (!w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || (w[0] >= 'a' && w[0] <= 'z'))) {
      ++alphabetic;
      capitalised += w[0] <= 'Z';
    }
  }
  const uint64_t title_case = alphabetic >= 3 && 2 * capitalised > alphabetic ? 1 : 0;
  auto shape = [&](ptrdiff_t j) -> std::string_view {
    if (j < 0) return kStart;
    if (static_cast<size_t>(j) >= n) return kEnd;
    return f->shapes[j];
  };
  for (size_t i = 0; i < n; ++i) {
    const ptrdiff_t k = static_cast<ptrdiff_t>(i);
    const std::string_view w = f->normalized[i];
    std::vector<uint64_t>& keys = f->word[i];
    keys.clear();
    keys.push_back(FeatureKey(kBias, uint64_t{0}));
    keys.push_back(FeatureKey(kWord, w));
    keys.push_back(FeatureKey(kSuffix1, utf8::LastCodepoints(w, 1)));
    keys.push_back(FeatureKey(kSuffix2, utf8::LastCodepoints(w, 2)));
    keys.push_back(FeatureKey(kSuffix3, utf8::LastCodepoints(w, 3)));
    keys.push_back(FeatureKey(kSuffix4, utf8::LastCodepoints(w, 4)));
    keys.push_back(FeatureKey(kSuffix5, utf8::LastCodepoints(w, 5)));
    keys.push_back(FeatureKey(kPrefix1, utf8::FirstCodepoints(w, 1)));
    keys.push_back(FeatureKey(kPrefix2, utf8::FirstCodepoints(w, 2)));
    keys.push_back(FeatureKey(kPrefix3, utf8::FirstCodepoints(w, 3)));
    keys.push_back(FeatureKey(kShape, f->shapes[i]));
    keys.push_back(FeatureKey(kFlags, Flags(words[i], i)));
    keys.push_back(FeatureKey(kPrevWord, norm(k - 1)));
    keys.push_back(FeatureKey(kPrev2Word, norm(k - 2)));
    keys.push_back(FeatureKey(kNextWord, norm(k + 1)));
    keys.push_back(FeatureKey(kNext2Word, norm(k + 2)));
    keys.push_back(FeatureKey(kPrevSuffix3, utf8::LastCodepoints(norm(k - 1), 3)));
    keys.push_back(FeatureKey(kNextSuffix3, utf8::LastCodepoints(norm(k + 1), 3)));
    keys.push_back(FeatureKey(kMask, mask(k)));
    keys.push_back(FeatureKey(kNextMask, mask(k + 1)));
    keys.push_back(FeatureKey(kPrevMask, mask(k - 1)));
    keys.push_back(FeatureKey(kWordNextWord, w, norm(k + 1)));
    keys.push_back(FeatureKey(kPrevWordWord, norm(k - 1), w));
    keys.push_back(FeatureKey(kNextShape, shape(k + 1)));
    keys.push_back(FeatureKey(kPrevShape, shape(k - 1)));
    if (i == 0) keys.push_back(FeatureKey(kFirstWordShape, f->shapes[i]));
    keys.push_back(FeatureKey(kNext2Mask, mask(k + 2)));
    keys.push_back(FeatureKey(kMaskNextMask, mask(k), mask(k + 1)));
    keys.push_back(FeatureKey(kTitleShape, f->shapes[i], title_case * 2 + (i == 0 ? 1 : 0)));
    const uint64_t cap = !words[i].empty() && words[i][0] >= 'A' && words[i][0] <= 'Z';
    keys.push_back(FeatureKey(kCapMask, mask(k), cap * 4 + title_case * 2 + (i == 0 ? 1 : 0)));
    keys.push_back(
        FeatureKey(kCapPrior, f->capitals[i], cap * 4 + title_case * 2 + (i == 0 ? 1 : 0)));
    if (clusters != nullptr) {
      const uint32_t here = f->clusters[i], prev = cluster(k - 1), next = cluster(k + 1);
      for (uint32_t bits : kClusterPrefixBits) {
        // The length is part of the key: a 3-bit path gives the same prefix at every length.
        auto prefix = [bits](uint32_t path) {
          return path == kNoCluster ? uint64_t{kNoCluster} : WordClusters::Prefix(path, bits);
        };
        keys.push_back(FeatureKey(kClusterPrefix, prefix(here), bits));
        keys.push_back(FeatureKey(kPrevClusterPrefix, prefix(prev), bits));
        keys.push_back(FeatureKey(kNextClusterPrefix, prefix(next), bits));
      }
    }
  }
}

void AddTagFeatures(const SentenceFeatures& f, size_t i, uint32_t prev1, uint32_t prev2,
                    std::vector<uint64_t>* keys) {
  keys->assign(f.word[i].begin(), f.word[i].end());
  keys->push_back(FeatureKey(kPrevTag, prev1));
  keys->push_back(FeatureKey(kPrev2Tags, prev1, prev2));
  keys->push_back(FeatureKey(kPrevTagWord, f.normalized[i], prev1));
  const std::string_view next = i + 1 < f.normalized.size() ? f.normalized[i + 1] : kEnd;
  keys->push_back(FeatureKey(kPrevTagNextWord, next, prev1));
  keys->push_back(FeatureKey(kPrevTagMask, f.masks[i], prev1));
}

void AddHintFeatures(const SentenceFeatures& f, size_t i, const uint16_t* hints,
                     std::vector<uint64_t>* keys) {
  const size_t n = f.normalized.size();
  const uint64_t h0 = hints[i];
  const uint64_t h1 = i + 1 < n ? hints[i + 1] : kNoTag;
  const uint64_t h2 = i + 2 < n ? hints[i + 2] : kNoTag;
  const uint64_t hp = i > 0 ? hints[i - 1] : kNoTag;
  keys->push_back(FeatureKey(kHint0, h0));
  keys->push_back(FeatureKey(kHint1, h1));
  keys->push_back(FeatureKey(kHint12, h1, h2));
  keys->push_back(FeatureKey(kHint01, h0, h1));
  keys->push_back(FeatureKey(kHint1Word, f.normalized[i], h1));
  keys->push_back(FeatureKey(kHintPrevNext, hp, h1));
  keys->push_back(FeatureKey(kHint0Word, f.normalized[i], h0));
}

void XposFeatures(const SentenceFeatures& f, size_t i, uint32_t upos, uint32_t prev_upos,
                  std::vector<uint64_t>* keys) {
  const std::string_view w = f.normalized[i];
  const std::string_view next = i + 1 < f.normalized.size() ? f.normalized[i + 1] : kEnd;
  const std::string_view prev = i > 0 ? f.normalized[i - 1] : kStart;
  keys->clear();
  keys->push_back(FeatureKey(kXposUpos, upos));
  keys->push_back(FeatureKey(kXposUposWord, w, upos));
  keys->push_back(FeatureKey(kXposUposSuffix1, utf8::LastCodepoints(w, 1), upos));
  keys->push_back(FeatureKey(kXposUposSuffix2, utf8::LastCodepoints(w, 2), upos));
  keys->push_back(FeatureKey(kXposUposSuffix3, utf8::LastCodepoints(w, 3), upos));
  keys->push_back(FeatureKey(kXposUposNextWord, next, upos));
  keys->push_back(FeatureKey(kXposUposPrevWord, prev, upos));
  keys->push_back(FeatureKey(kXposUposPrevUpos, upos, prev_upos));
  keys->push_back(FeatureKey(kXposUposShape, f.shapes[i], upos));
}

}  // namespace corroborate::nlp
