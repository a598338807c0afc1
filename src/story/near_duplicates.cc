#include "story/near_duplicates.h"

#include <algorithm>
#include <bit>

namespace corroborate {
namespace {

int Level(uint32_t key) { return std::countr_zero(key); }

// Add verifies at most this many candidates: enough to see an original and its first copies.
constexpr size_t kAddCandidates = 6;

// The sample key of a shingle hash: its high half, never 0 (the posting table's empty marker).
uint32_t SampleKey(uint64_t shingle) {
  const uint32_t key = static_cast<uint32_t>(shingle >> 32);
  return key != 0 ? key : 0x80000000u;
}

// Merges two sorted sample lists at the coarser of their levels. The lists are given as
// random-access iterators (vectors for sketches, deques inside the index).
template <class KeysA, class PosA, class KeysB, class PosB>
Overlap Merge(KeysA ka, PosA pa, size_t na, int level_a, KeysB kb, PosB pb, size_t nb,
              int level_b) {
  const int level = std::max(level_a, level_b);
  Overlap o;
  uint32_t a_regions = 0, b_regions = 0, a_shared = 0, b_shared = 0;
  size_t i = 0, j = 0;
  auto region = [](uint8_t pos) { return 1u << (pos >> 5); };
  while (i < na || j < nb) {
    if (i < na && Level(ka[i]) < level) {
      ++i;
      continue;
    }
    if (j < nb && Level(kb[j]) < level) {
      ++j;
      continue;
    }
    if (j >= nb || (i < na && ka[i] < kb[j])) {
      ++o.a_samples, a_regions |= region(pa[i]), ++i;
    } else if (i >= na || kb[j] < ka[i]) {
      ++o.b_samples, b_regions |= region(pb[j]), ++j;
    } else {
      ++o.a_samples, ++o.b_samples, ++o.shared;
      a_regions |= region(pa[i]), a_shared |= region(pa[i]);
      b_regions |= region(pb[j]), b_shared |= region(pb[j]);
      ++i, ++j;
    }
  }
  if (o.shared == 0) return o;
  o.a_in_b = static_cast<double>(o.shared) / o.a_samples;
  o.b_in_a = static_cast<double>(o.shared) / o.b_samples;
  // Spread over the side that is more contained: a copy shares text throughout it.
  const bool a_side = o.a_in_b >= o.b_in_a;
  const uint32_t all = a_side ? a_regions : b_regions;
  const uint32_t shared = a_side ? a_shared : b_shared;
  o.spread = static_cast<double>(std::popcount(shared)) / std::popcount(all);
  return o;
}

}  // namespace

const char* DuplicateKindName(DuplicateKind kind) {
  switch (kind) {
    case DuplicateKind::kExactCopy:
      return "exact copy";
    case DuplicateKind::kLightRewrite:
      return "light rewrite";
    case DuplicateKind::kPartial:
      return "partial";
    case DuplicateKind::kNone:
      break;
  }
  return "none";
}

TextSketch Sketcher::Sketch(std::string_view text) {
  WordHashes(text, &words_, &quoted_);
  ShingleHashes(words_, options_.shingle_words, &shingles_, &quoted_);
  TextSketch out;
  out.shingles = static_cast<uint32_t>(shingles_.size());
  const size_t max = std::max<uint32_t>(1, options_.max_samples);
  const size_t n = shingles_.size();
  // Start at the level where about max to 2 max samples are expected (repeats aside), so the
  // buffer is compacted once or twice, not once per doubling.
  int level = 0;
  while ((n >> (level + 1)) >= max) ++level;
  buffer_.clear();
  // Sorts and de-duplicates the buffer (keeping each key's first position), then raises the
  // level until at most max samples remain.
  auto compact = [&] {
    std::sort(buffer_.begin(), buffer_.end());
    buffer_.erase(std::unique(buffer_.begin(), buffer_.end(),
                              [](const auto& x, const auto& y) { return x.first == y.first; }),
                  buffer_.end());
    while (buffer_.size() > max && level < 32) {
      ++level;
      std::erase_if(buffer_, [&](const auto& s) { return Level(s.first) < level; });
    }
  };
  for (size_t i = 0; i < n; ++i) {
    const uint32_t key = SampleKey(shingles_[i]);
    if (Level(key) < level) continue;
    buffer_.emplace_back(key, static_cast<uint8_t>(i * 256 / n));
    if (buffer_.size() >= 2 * max) compact();
  }
  compact();
  out.level = static_cast<uint8_t>(level);
  out.keys.reserve(buffer_.size());
  out.positions.reserve(buffer_.size());
  for (const auto& [key, pos] : buffer_) {
    out.keys.push_back(key);
    out.positions.push_back(pos);
  }
  return out;
}

Overlap CompareSketches(const TextSketch& a, const TextSketch& b) {
  return Merge(a.keys.begin(), a.positions.begin(), a.keys.size(), a.level, b.keys.begin(),
               b.positions.begin(), b.keys.size(), b.level);
}

DuplicateKind ClassifyOverlap(double a_in_b, double b_in_a, const NearDupOptions& options) {
  const double hi = std::max(a_in_b, b_in_a);
  const double lo = std::min(a_in_b, b_in_a);
  if (hi < options.copy_containment) return DuplicateKind::kNone;
  // One text wholly inside the other: the same article when the other adds little more (a
  // site's chrome, a new headline), a partial copy when it adds much (a roundup).
  if (hi >= options.exact_containment && lo >= options.partial_ratio) {
    return DuplicateKind::kExactCopy;
  }
  if (hi >= options.partial_containment && lo < options.partial_ratio) {
    return DuplicateKind::kPartial;
  }
  return DuplicateKind::kLightRewrite;
}

NearDuplicateIndex::NearDuplicateIndex(const NearDupOptions& options)
    : options_(options), sketcher_(options), postings_(options.posting_cap) {}

NearDuplicateIndex::Added NearDuplicateIndex::Add(std::string_view text, int64_t time) {
  const TextSketch sketch = sketcher_.Sketch(text);
  Added out;
  std::vector<NearDuplicate> matches = Find(sketch, options_.copy_containment, kAddCandidates);
  if (!matches.empty()) {
    // Wire copies match the original and every earlier copy about equally: prefer the earliest
    // of the strongest, so the chain leads back to the original.
    auto strength = [](const NearDuplicate& m) { return std::max(m.new_in_old, m.old_in_new); };
    const double best = strength(matches.front());
    const NearDuplicate* pick = &matches.front();
    for (const NearDuplicate& m : matches) {
      if (strength(m) >= best - 0.05 && m.doc < pick->doc) pick = &m;
    }
    out.copy_of = *pick;
  }
  out.id = Insert(sketch, time);
  return out;
}

const NearDuplicateIndex::LiveDoc* NearDuplicateIndex::DocAt(uint32_t low_id) const {
  const uint32_t offset = low_id - static_cast<uint32_t>(first_id_);
  return offset < docs_.size() ? &docs_[offset] : nullptr;
}

uint32_t NearDuplicateIndex::SamplesAtLevel(const LiveDoc& d, int level) const {
  const int above = level - d.level;
  if (above <= 0) return d.samples;
  if (above <= 3) return d.above[above - 1];
  return static_cast<uint32_t>(d.above[2]) >> (above - 3);  // an estimate; rare
}

Overlap NearDuplicateIndex::Verify(const TextSketch& sketch, const LiveDoc& d) const {
  const size_t offset = static_cast<size_t>(d.first_sample - first_sample_);
  return Merge(sketch.keys.begin(), sketch.positions.begin(), sketch.keys.size(), sketch.level,
               keys_.begin() + static_cast<std::ptrdiff_t>(offset),
               positions_.begin() + static_cast<std::ptrdiff_t>(offset), d.samples, d.level);
}

std::vector<NearDuplicate> NearDuplicateIndex::Find(const TextSketch& sketch,
                                                    double min_containment, size_t limit) const {
  std::vector<NearDuplicate> out;
  if (sketch.shingles < options_.min_shingles || sketch.keys.empty() || docs_.empty()) return out;
  for (uint32_t key : sketch.keys) postings_.Prefetch(key);

  // Count the shared samples per candidate in a small open-addressing table (id, count).
  const size_t slots = std::bit_ceil(4 * sketch.keys.size() * options_.posting_cap + 16);
  if (counts_.size() < slots) counts_.assign(slots, 0);
  const size_t mask = slots - 1;
  touched_.clear();
  for (uint32_t key : sketch.keys) {
    postings_.ForEach(key, [&](uint32_t doc) {
      size_t i = (doc * 0x9E3779B1u) & mask;
      while (counts_[i] != 0 && static_cast<uint32_t>(counts_[i] >> 32) != doc) {
        i = (i + 1) & mask;
      }
      if (counts_[i] == 0) {
        counts_[i] = uint64_t{doc} << 32;
        touched_.push_back(static_cast<uint32_t>(i));
      }
      ++counts_[i];
    });
  }

  // Shared samples per level of the query, to bound each candidate's containment cheaply.
  uint32_t at_least[33] = {};
  for (uint32_t key : sketch.keys) ++at_least[Level(key)];
  for (int l = 31; l >= 0; --l) at_least[l] += at_least[l + 1];

  // Candidates sharing enough samples, with an upper bound of their containment either way
  // (postings can miss a shared key because of the cap, so the bound gets some slack).
  candidates_.clear();
  for (uint32_t slot : touched_) {
    const uint32_t doc = static_cast<uint32_t>(counts_[slot] >> 32);
    const uint32_t shared = static_cast<uint32_t>(counts_[slot]);
    counts_[slot] = 0;
    if (shared < options_.min_shared) continue;
    const LiveDoc* d = DocAt(doc);
    if (d == nullptr) continue;
    const int level = std::max<int>(sketch.level, d->level);
    const uint32_t a = std::max<uint32_t>(1, at_least[level]);
    const uint32_t b = std::max<uint32_t>(1, SamplesAtLevel(*d, level));
    const double bound = static_cast<double>(shared) / std::min(a, b);
    if (bound >= 0.75 * min_containment) candidates_.push_back({bound, doc});
  }
  // Verify the most promising first (earliest first among equals), up to limit matches.
  std::sort(candidates_.begin(), candidates_.end(), [&](const auto& x, const auto& y) {
    if (x.first != y.first) return x.first > y.first;
    return static_cast<uint32_t>(x.second - static_cast<uint32_t>(first_id_)) <
           static_cast<uint32_t>(y.second - static_cast<uint32_t>(first_id_));
  });
  for (const auto& [bound, doc] : candidates_) {
    if (out.size() >= limit) break;
    const LiveDoc& d = *DocAt(doc);
    const Overlap o = Verify(sketch, d);
    if (o.shared < options_.min_shared) continue;
    if (std::max(o.a_in_b, o.b_in_a) < min_containment || o.spread < options_.min_spread) continue;
    NearDuplicate m;
    m.doc = first_id_ + static_cast<uint32_t>(doc - static_cast<uint32_t>(first_id_));
    m.new_in_old = o.a_in_b;
    m.old_in_new = o.b_in_a;
    m.kind = ClassifyOverlap(o.a_in_b, o.b_in_a, options_);
    out.push_back(m);
  }
  std::sort(out.begin(), out.end(), [](const NearDuplicate& x, const NearDuplicate& y) {
    const double sx = std::max(x.new_in_old, x.old_in_new);
    const double sy = std::max(y.new_in_old, y.old_in_new);
    return sx != sy ? sx > sy : x.doc < y.doc;
  });
  return out;
}

uint64_t NearDuplicateIndex::Insert(const TextSketch& sketch, int64_t time) {
  const uint64_t id = next_id();
  LiveDoc d;
  d.time = time;
  d.first_sample = first_sample_ + keys_.size();
  d.level = sketch.level;
  if (sketch.shingles >= options_.min_shingles) {
    const uint32_t low = static_cast<uint32_t>(id);
    for (size_t i = 0; i < sketch.keys.size(); ++i) {
      const uint32_t key = sketch.keys[i];
      postings_.Insert(key, low);
      keys_.push_back(key);
      positions_.push_back(sketch.positions[i]);
      for (int k = 1; k <= 3; ++k) {
        if (Level(key) >= sketch.level + k) ++d.above[k - 1];
      }
    }
    d.samples = static_cast<uint16_t>(sketch.keys.size());
  }
  docs_.push_back(d);
  return id;
}

size_t NearDuplicateIndex::Expire(int64_t time) {
  size_t dropped = 0;
  while (!docs_.empty() && docs_.front().time < time) {
    const LiveDoc& d = docs_.front();
    const uint32_t low = static_cast<uint32_t>(first_id_);
    for (size_t i = 0; i < d.samples; ++i) postings_.Erase(keys_[i], low);
    keys_.erase(keys_.begin(), keys_.begin() + d.samples);
    positions_.erase(positions_.begin(), positions_.begin() + d.samples);
    first_sample_ += d.samples;
    docs_.pop_front();
    ++first_id_;
    ++dropped;
  }
  return dropped;
}

size_t NearDuplicateIndex::MemoryBytes() const {
  // A deque holds its elements in 512-byte blocks plus one pointer per block; count a spare
  // block for each.
  auto deque_bytes = [](size_t n, size_t element) {
    const size_t bytes = n * element;
    return bytes + 512 + (bytes / 512 + 1) * sizeof(void*);
  };
  return postings_.MemoryBytes() + deque_bytes(docs_.size(), sizeof(LiveDoc)) +
         deque_bytes(keys_.size(), sizeof(uint32_t)) + deque_bytes(positions_.size(), 1) +
         counts_.capacity() * sizeof(uint64_t) + touched_.capacity() * sizeof(uint32_t);
}

}  // namespace corroborate
