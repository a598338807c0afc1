// Parser feature templates; see parser_features.h.
#include "nlp/parser_features.h"

#include <algorithm>

#include "nlp/feature_key.h"

namespace corroborate::nlp {
namespace {

// Attribute-hash namespaces, so a word and a tag with the same spelling differ.
constexpr uint32_t kWordSpace = 0x70617277;  // "parw"
constexpr uint32_t kTagSpace = 0x70617274;   // "part"
constexpr uint32_t kUposSpace = 0x70617275;  // "paru"

// Label value of a token with no head yet, and of the stand-in for a missing position.
constexpr uint64_t kUnattached = 0xFFFE;
constexpr uint64_t kMissing = 0xFFFF;

// Order-sensitive combination of two attribute values into one.
inline uint64_t Pair(uint64_t a, uint64_t b) { return (a * 0x9E3779B97F4A7C15ull) ^ b; }

inline uint64_t DistanceBucket(int32_t d) {
  if (d <= 4) return static_cast<uint64_t>(std::max(d, 0));
  if (d <= 6) return 5;
  if (d <= 9) return 6;
  if (d <= 14) return 7;
  return 8;
}

inline uint64_t Count(uint8_t c) { return std::min<uint64_t>(c, 8); }

const TokenState kMissingState;

// Feature template ids: 1..99 shared, 100..199 arc-eager only, 200..299 arc-hybrid only.
enum Template : uint32_t {
  kBias = 1,
  kS0wp,
  kS0w,
  kS0p,
  kN0wp,
  kN0w,
  kN0p,
  kN1wp,
  kN1w,
  kN1p,
  kN2wp,
  kN2w,
  kN2p,
  kS0wpN0wp,
  kS0wpN0w,
  kS0wN0wp,
  kS0wpN0p,
  kS0pN0wp,
  kS0wN0w,
  kS0pN0p,
  kN0pN1p,
  kN0pN1pN2p,
  kS0pN0pN1p,
  kHpS0pN0p,
  kS0pS0lpN0p,
  kS0pS0rpN0p,
  kS0pN0pN0lp,
  kS0wD,
  kS0pD,
  kN0wD,
  kN0pD,
  kS0wN0wD,
  kS0pN0pD,
  kS0wVr,
  kS0pVr,
  kS0wVl,
  kS0pVl,
  kN0wVl,
  kN0pVl,
  kHw,
  kHp,
  kS0lw,
  kS0lp,
  kS0ll,
  kS0rw,
  kS0rp,
  kS0rl,
  kN0lw,
  kN0lp,
  kN0ll,
  kH2w,
  kH2p,
  kS0l2w,
  kS0l2p,
  kS0l2l,
  kS0r2w,
  kS0r2p,
  kS0r2l,
  kN0l2w,
  kN0l2p,
  kN0l2l,
  kS0pS0lpS0l2p,
  kS0pS0rpS0r2p,
  kS0pHpH2p,
  kN0pN0lpN0l2p,
  kS0wSr,
  kS0pSr,
  kS0wSl,
  kS0pSl,
  kN0wSl,
  kN0pSl,
  kS0uN0u,
  kS0uN0uN1u,
  kHuS0uN0u,
  kS0u,
  kN0u,
  kS0pN0pN0lpN0ll,
  // arc-eager: s0's own label and its head's label
  kEagerS0L = 100,
  kEagerHL,
  kEagerS0pS0L,
  kEagerS1pS0pN0p,
  // arc-hybrid: s1's dependents and the s1-s0 distance
  kHybridS1lp = 200,
  kHybridS1ll,
  kHybridS1rp,
  kHybridS1rl,
  kHybridS1pS0pD,
  kHybridS1wS0wD,
  kHybridS1pVr,
  kHybridS1pSr,
  kHybridS2pS1pS0pN0p,
};

}  // namespace

uint64_t ParserWordHash(std::string_view word) {
  using namespace feature_key_detail;
  uint64_t h = Start(kWordSpace);
  for (char c : word) {
    unsigned char u = static_cast<unsigned char>(c);
    if (u >= 'A' && u <= 'Z') u = static_cast<unsigned char>(u + ('a' - 'A'));
    if (u >= '0' && u <= '9') u = '0';
    h = (h ^ u) * kFnvPrime;
  }
  return Finish(h);
}

void PrepareParserTokens(std::span<const std::string_view> words,
                         std::span<const std::string_view> upos,
                         std::span<const std::string_view> xpos, std::vector<ParserToken>* tokens) {
  const size_t n = words.size();
  tokens->resize(n + 2);
  ParserToken& root = (*tokens)[0];
  root.word = FeatureKey(kWordSpace, "<root>");
  root.xpos = FeatureKey(kTagSpace, "<root>");
  root.upos = FeatureKey(kUposSpace, "<root>");
  ParserToken& missing = (*tokens)[n + 1];
  missing.word = FeatureKey(kWordSpace, "<none>");
  missing.xpos = FeatureKey(kTagSpace, "<none>");
  missing.upos = FeatureKey(kUposSpace, "<none>");
  for (size_t i = 0; i < n; ++i) {
    ParserToken& t = (*tokens)[i + 1];
    t.word = ParserWordHash(words[i]);
    t.xpos = FeatureKey(kTagSpace, i < xpos.size() ? xpos[i] : std::string_view("_"));
    t.upos = FeatureKey(kUposSpace, i < upos.size() ? upos[i] : std::string_view("_"));
  }
}

size_t ExtractParserFeatures(TransitionKind kind, const ParseState& s,
                             std::span<const ParserToken> tokens, uint64_t* keys) {
  const int32_t missing = s.num_words() + 1;
  auto at = [missing](int32_t t) { return t == kNoToken ? missing : t; };
  auto state = [&](int32_t t) -> const TokenState& {
    return t == missing ? kMissingState : s.token(t);
  };
  const bool eager = kind == TransitionKind::kArcEager;

  const int32_t s0 = at(s.Stack(0));
  const int32_t s1 = at(s.Stack(1));
  const int32_t s2 = at(s.Stack(2));
  const int32_t n0 = at(s.Buffer(0));
  const int32_t n1 = at(s.Buffer(1));
  const int32_t n2 = at(s.Buffer(2));
  const TokenState& S0 = state(s0);
  const TokenState& N0 = state(n0);
  // s0's head candidate: its head in arc-eager, the token below it in arc-hybrid.
  const int32_t h = eager ? at(S0.head) : s1;
  const int32_t h2 = eager ? at(state(h).head) : s2;
  const int32_t s0l = at(S0.left[0]), s0l2 = at(S0.left[1]);
  const int32_t s0r = at(S0.right[0]), s0r2 = at(S0.right[1]);
  const int32_t n0l = at(N0.left[0]), n0l2 = at(N0.left[1]);

  auto W = [&](int32_t t) { return tokens[static_cast<size_t>(t)].word; };
  auto P = [&](int32_t t) { return tokens[static_cast<size_t>(t)].xpos; };
  auto U = [&](int32_t t) { return tokens[static_cast<size_t>(t)].upos; };
  auto WP = [&](int32_t t) { return Pair(W(t), P(t)); };
  auto L = [&](int32_t t) -> uint64_t {
    if (t == missing) return kMissing;
    const TokenState& ts = s.token(t);
    return ts.head == kNoToken ? kUnattached : ts.label;
  };
  auto Set = [](const uint64_t* set) { return Pair(set[0], set[1]); };

  int32_t dist = 0;
  if (s0 != missing && n0 != missing) dist = n0 - s0;
  const uint64_t d = DistanceBucket(dist);

  size_t n = 0;
  auto add = [&](uint32_t templ, uint64_t a, uint64_t b = 0) {
    keys[n++] = FeatureKey(templ, a, b);
  };

  add(kBias, 0);
  // Single words.
  add(kS0wp, WP(s0));
  add(kS0w, W(s0));
  add(kS0p, P(s0));
  add(kN0wp, WP(n0));
  add(kN0w, W(n0));
  add(kN0p, P(n0));
  add(kN1wp, WP(n1));
  add(kN1w, W(n1));
  add(kN1p, P(n1));
  add(kN2wp, WP(n2));
  add(kN2w, W(n2));
  add(kN2p, P(n2));
  // Word pairs.
  add(kS0wpN0wp, WP(s0), WP(n0));
  add(kS0wpN0w, WP(s0), W(n0));
  add(kS0wN0wp, W(s0), WP(n0));
  add(kS0wpN0p, WP(s0), P(n0));
  add(kS0pN0wp, P(s0), WP(n0));
  add(kS0wN0w, W(s0), W(n0));
  add(kS0pN0p, P(s0), P(n0));
  add(kN0pN1p, P(n0), P(n1));
  // Three tags.
  add(kN0pN1pN2p, Pair(P(n0), P(n1)), P(n2));
  add(kS0pN0pN1p, Pair(P(s0), P(n0)), P(n1));
  add(kHpS0pN0p, Pair(P(h), P(s0)), P(n0));
  add(kS0pS0lpN0p, Pair(P(s0), P(s0l)), P(n0));
  add(kS0pS0rpN0p, Pair(P(s0), P(s0r)), P(n0));
  add(kS0pN0pN0lp, Pair(P(s0), P(n0)), P(n0l));
  // Distance.
  add(kS0wD, W(s0), d);
  add(kS0pD, P(s0), d);
  add(kN0wD, W(n0), d);
  add(kN0pD, P(n0), d);
  add(kS0wN0wD, Pair(W(s0), W(n0)), d);
  add(kS0pN0pD, Pair(P(s0), P(n0)), d);
  // Valency.
  add(kS0wVr, W(s0), Count(S0.right_count));
  add(kS0pVr, P(s0), Count(S0.right_count));
  add(kS0wVl, W(s0), Count(S0.left_count));
  add(kS0pVl, P(s0), Count(S0.left_count));
  add(kN0wVl, W(n0), Count(N0.left_count));
  add(kN0pVl, P(n0), Count(N0.left_count));
  // Heads and outermost dependents.
  add(kHw, W(h));
  add(kHp, P(h));
  add(kS0lw, W(s0l));
  add(kS0lp, P(s0l));
  add(kS0ll, L(s0l));
  add(kS0rw, W(s0r));
  add(kS0rp, P(s0r));
  add(kS0rl, L(s0r));
  add(kN0lw, W(n0l));
  add(kN0lp, P(n0l));
  add(kN0ll, L(n0l));
  // Third order.
  add(kH2w, W(h2));
  add(kH2p, P(h2));
  add(kS0l2w, W(s0l2));
  add(kS0l2p, P(s0l2));
  add(kS0l2l, L(s0l2));
  add(kS0r2w, W(s0r2));
  add(kS0r2p, P(s0r2));
  add(kS0r2l, L(s0r2));
  add(kN0l2w, W(n0l2));
  add(kN0l2p, P(n0l2));
  add(kN0l2l, L(n0l2));
  add(kS0pS0lpS0l2p, Pair(P(s0), P(s0l)), P(s0l2));
  add(kS0pS0rpS0r2p, Pair(P(s0), P(s0r)), P(s0r2));
  add(kS0pHpH2p, Pair(P(s0), P(h)), P(h2));
  add(kN0pN0lpN0l2p, Pair(P(n0), P(n0l)), P(n0l2));
  // Label sets.
  add(kS0wSr, W(s0), Set(S0.right_labels));
  add(kS0pSr, P(s0), Set(S0.right_labels));
  add(kS0wSl, W(s0), Set(S0.left_labels));
  add(kS0pSl, P(s0), Set(S0.left_labels));
  add(kN0wSl, W(n0), Set(N0.left_labels));
  add(kN0pSl, P(n0), Set(N0.left_labels));
  // Universal tags.
  add(kS0uN0u, U(s0), U(n0));
  add(kS0uN0uN1u, Pair(U(s0), U(n0)), U(n1));
  add(kHuS0uN0u, Pair(U(h), U(s0)), U(n0));
  add(kS0u, U(s0));
  add(kN0u, U(n0));
  add(kS0pN0pN0lpN0ll, Pair(Pair(P(s0), P(n0)), P(n0l)), L(n0l));

  if (eager) {
    add(kEagerS0L, L(s0));
    add(kEagerHL, L(h));
    add(kEagerS0pS0L, P(s0), L(s0));
    add(kEagerS1pS0pN0p, Pair(P(s1), P(s0)), P(n0));
  } else {
    const TokenState& S1 = state(s1);
    const int32_t s1l = at(S1.left[0]);
    const int32_t s1r = at(S1.right[0]);
    const int32_t d10 = (s1 != missing && s0 != missing) ? s0 - s1 : 0;
    add(kHybridS1lp, P(s1), P(s1l));
    add(kHybridS1ll, P(s1), L(s1l));
    add(kHybridS1rp, P(s1), P(s1r));
    add(kHybridS1rl, P(s1), L(s1r));
    add(kHybridS1pS0pD, Pair(P(s1), P(s0)), DistanceBucket(d10));
    add(kHybridS1wS0wD, Pair(W(s1), W(s0)), DistanceBucket(d10));
    add(kHybridS1pVr, P(s1), Count(S1.right_count));
    add(kHybridS1pSr, P(s1), Set(S1.right_labels));
    add(kHybridS2pS1pS0pN0p, Pair(Pair(P(s2), P(s1)), P(s0)), P(n0));
  }
  return n;
}

}  // namespace corroborate::nlp
