// TF-IDF weighting for story clustering: document frequencies learned online in a fixed-size
// hashed table (memory does not grow with the stream; counts are halved every `half_life`
// documents so the weights follow what the stream is about now), and sparse article vectors
// truncated to their top-k terms, L2-normalised, sorted by term for merge-joins.
// Cost: Add and WeighTerms are linear in the article's distinct terms (plus a partial sort);
// a halving touches every slot once per half_life documents. Not thread-safe for writing.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "story/story_features.h"

namespace corroborate {

struct WeightedTerm {
  uint32_t term = 0;
  float weight = 0;
};
// Sorted by term; article vectors are L2-normalised, centroids are sums.
using TermVector = std::vector<WeightedTerm>;

float Dot(const TermVector& a, const TermVector& b);
float Norm(const TermVector& v);
// a + scale * b, both sorted by term.
void AddScaled(const TermVector& b, float scale, TermVector* a);
// Heavier weight first; equal weights by lower term, so every order is deterministic.
inline bool Heavier(const WeightedTerm& a, const WeightedTerm& b) {
  return a.weight > b.weight || (a.weight == b.weight && a.term < b.term);
}
// Keeps the `k` heaviest terms (still sorted by term).
void KeepTop(size_t k, TermVector* v);
// The `k` heaviest terms of v into *out, heaviest first (*out is reused: no allocation once
// it has grown). The retrieval keys of the streaming index and of the batch refinement.
void HeaviestTerms(const TermVector& v, size_t k, TermVector* out);
// The terms of the given kinds only, L2-normalised (empty when none).
TermVector OnlyKinds(const TermVector& v, uint32_t kind_mask);
inline constexpr uint32_t KindBit(TermKind k) { return 1u << static_cast<uint32_t>(k); }

class DocumentFrequencies {
 public:
  // 2^log2_slots counters; half_life = 0 never forgets.
  explicit DocumentFrequencies(int log2_slots = 20, double half_life = 200000);

  void Add(const StoryFeatures& features);
  // ln((N + prior + 1) / df), df counting the article itself. The prior documents (which hold
  // none of the terms) keep a small batch about one story from weighing its own names at zero
  // because every article has them; in a long stream they no longer matter.
  float Idf(uint32_t term) const;
  static constexpr float kPriorDocuments = 100;
  double documents() const { return documents_; }
  size_t MemoryBytes() const { return counts_.capacity() * sizeof(float); }

 private:
  std::vector<float> counts_;
  uint32_t mask_;
  double half_life_;
  double documents_ = 0;
  double since_halving_ = 0;
};

struct WeightOptions {
  size_t max_terms = 80;  // top-k terms kept per article
  // Multiplier per TermKind: word, name, number, date. Names, numbers and dates tell one event
  // from another of the same kind (two earthquakes share their vocabulary, not their places,
  // magnitudes and days).
  std::array<float, kTermKinds> kind_boost = {1.0f, 2.0f, 2.0f, 3.0f};
  // A main place must weigh this much (headline 2, lead 1.5, body 1 per mention): a place named
  // once in passing does not say where the event is.
  float main_place_min_count = 2.0f;
};

// Sublinear tf (1 + ln count) x idf x kind boost, top-k, L2-normalised.
TermVector WeighTerms(const StoryFeatures& features, const DocumentFrequencies& df,
                      const WeightOptions& options);

// What the clusterer keeps of an article: its vector, its main places, its publish day.
struct ArticleVector {
  TermVector terms;
  std::vector<uint32_t> places;  // up to kMainPlaces main place terms, most mentioned first
  int32_t day = kNoDay;
};
inline constexpr size_t kMainPlaces = 3;
ArticleVector WeighArticle(const StoryFeatures& features, const DocumentFrequencies& df,
                           const WeightOptions& options);

}  // namespace corroborate
