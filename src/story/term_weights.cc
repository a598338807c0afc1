#include "story/term_weights.h"

#include <algorithm>
#include <cmath>

namespace corroborate {

float Dot(const TermVector& a, const TermVector& b) {
  float sum = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].term < b[j].term) {
      ++i;
    } else if (b[j].term < a[i].term) {
      ++j;
    } else {
      sum += a[i++].weight * b[j++].weight;
    }
  }
  return sum;
}

float Norm(const TermVector& v) {
  float sum = 0;
  for (const WeightedTerm& t : v) sum += t.weight * t.weight;
  return std::sqrt(sum);
}

void AddScaled(const TermVector& b, float scale, TermVector* a) {
  TermVector out;
  out.reserve(a->size() + b.size());
  size_t i = 0, j = 0;
  while (i < a->size() || j < b.size()) {
    if (j == b.size() || (i < a->size() && (*a)[i].term < b[j].term)) {
      out.push_back((*a)[i++]);
    } else if (i == a->size() || b[j].term < (*a)[i].term) {
      out.push_back({b[j].term, scale * b[j].weight});
      ++j;
    } else {
      out.push_back({b[j].term, (*a)[i++].weight + scale * b[j].weight});
      ++j;
    }
  }
  a->swap(out);
}

void KeepTop(size_t k, TermVector* v) {
  if (v->size() <= k) return;
  std::nth_element(v->begin(), v->begin() + static_cast<ptrdiff_t>(k), v->end(), Heavier);
  v->resize(k);
  std::sort(v->begin(), v->end(),
            [](const WeightedTerm& a, const WeightedTerm& b) { return a.term < b.term; });
}

void HeaviestTerms(const TermVector& v, size_t k, TermVector* out) {
  out->assign(v.begin(), v.end());
  const size_t keep = std::min(k, out->size());
  std::partial_sort(out->begin(), out->begin() + static_cast<ptrdiff_t>(keep), out->end(), Heavier);
  out->resize(keep);
}

TermVector OnlyKinds(const TermVector& v, uint32_t kind_mask) {
  TermVector out;
  for (const WeightedTerm& t : v) {
    if (kind_mask & (1u << (t.term & 7u))) out.push_back(t);
  }
  float norm = Norm(out);
  if (norm > 0) {
    for (WeightedTerm& t : out) t.weight /= norm;
  }
  return out;
}

DocumentFrequencies::DocumentFrequencies(int log2_slots, double half_life)
    : counts_(size_t{1} << log2_slots, 0.0f),
      mask_(static_cast<uint32_t>((size_t{1} << log2_slots) - 1)),
      half_life_(half_life) {}

void DocumentFrequencies::Add(const StoryFeatures& features) {
  for (const TermCount& t : features.terms) counts_[t.term & mask_] += 1.0f;
  documents_ += 1;
  since_halving_ += 1;
  if (half_life_ > 0 && since_halving_ >= half_life_) {
    for (float& c : counts_) c *= 0.5f;
    documents_ *= 0.5;
    since_halving_ = 0;
  }
}

float DocumentFrequencies::Idf(uint32_t term) const {
  float df = std::max(counts_[term & mask_], 1.0f);
  return std::log((static_cast<float>(documents_) + kPriorDocuments + 1.0f) / df);
}

TermVector WeighTerms(const StoryFeatures& features, const DocumentFrequencies& df,
                      const WeightOptions& options) {
  TermVector v;
  v.reserve(features.terms.size());
  for (const TermCount& t : features.terms) {
    float tf = 1.0f + std::log(std::max(t.count, 1.0f));
    float w =
        tf * df.Idf(t.term) * options.kind_boost[std::min<uint32_t>(t.term & 7u, kTermKinds - 1)];
    if (w > 0) v.push_back({t.term, w});
  }
  KeepTop(options.max_terms, &v);
  float norm = Norm(v);
  if (norm > 0) {
    for (WeightedTerm& t : v) t.weight /= norm;
  }
  return v;
}

}  // namespace corroborate

namespace corroborate {

ArticleVector WeighArticle(const StoryFeatures& features, const DocumentFrequencies& df,
                           const WeightOptions& options) {
  ArticleVector out;
  out.terms = WeighTerms(features, df, options);
  out.day = features.day;
  std::vector<TermCount> places = features.places;
  std::stable_sort(places.begin(), places.end(),
                   [](const TermCount& a, const TermCount& b) { return a.count > b.count; });
  for (size_t i = 0; i < places.size() && i < kMainPlaces; ++i) {
    if (places[i].count >= options.main_place_min_count) out.places.push_back(places[i].term);
  }
  return out;
}

}  // namespace corroborate
