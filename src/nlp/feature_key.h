// Feature keys for the linear models: a feature is a template id plus one or two strings or
// numbers ("suffix3=ing", "word-1,tag-1=the,DET"), hashed to 64 bits without building the
// string. With ~10^6 distinct features a 64-bit key collides with probability ~10^-7, so keys
// stand for the features themselves (no string table in the model files).
// Stable across runs and machines: model files store these keys.
#pragma once

#include <cstdint>
#include <string_view>

namespace corroborate::nlp {

namespace feature_key_detail {
inline constexpr uint64_t kFnvOffset = 14695981039346656037ull;
inline constexpr uint64_t kFnvPrime = 1099511628211ull;

inline uint64_t Start(uint32_t templ) { return kFnvOffset ^ (templ * 0x9e3779b97f4a7c15ull); }
inline uint64_t Bytes(uint64_t h, std::string_view s) {
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
  return (h ^ 0xFFu) * kFnvPrime;  // terminator: ("ab","c") differs from ("a","bc")
}
inline uint64_t Number(uint64_t h, uint64_t v) {
  h = (h ^ v) * 0xff51afd7ed558ccdull;
  return h ^ (h >> 32);
}
// splitmix64's finaliser: spreads the bits for the open-addressing index; never 0.
inline uint64_t Finish(uint64_t h) {
  h ^= h >> 30;
  h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 27;
  h *= 0x94d049bb133111ebull;
  h ^= h >> 31;
  return h == 0 ? 1 : h;
}
}  // namespace feature_key_detail

inline uint64_t FeatureKey(uint32_t templ, std::string_view a) {
  using namespace feature_key_detail;
  return Finish(Bytes(Start(templ), a));
}

inline uint64_t FeatureKey(uint32_t templ, std::string_view a, std::string_view b) {
  using namespace feature_key_detail;
  return Finish(Bytes(Bytes(Start(templ), a), b));
}

inline uint64_t FeatureKey(uint32_t templ, uint64_t a, uint64_t b = 0) {
  using namespace feature_key_detail;
  return Finish(Number(Number(Start(templ), a), b));
}

inline uint64_t FeatureKey(uint32_t templ, std::string_view a, uint64_t b) {
  using namespace feature_key_detail;
  return Finish(Number(Bytes(Start(templ), a), b));
}

}  // namespace corroborate::nlp
