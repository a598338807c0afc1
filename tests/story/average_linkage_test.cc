// Average linkage over groups of unit vectors: merges by mean cosine, keeps tight groups apart
// under the relative rule, and respects the time horizon.
#include "story/average_linkage.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace corroborate {
namespace {

// A unit vector with the given term weights (sorted by term, as TermVector must be).
TermVector Unit(std::vector<std::pair<uint32_t, float>> terms) {
  std::sort(terms.begin(), terms.end());
  TermVector v;
  float norm = 0;
  for (auto [t, w] : terms) norm += w * w;
  for (auto [t, w] : terms) v.push_back({t, w / std::sqrt(norm)});
  return v;
}

LinkageGroup One(TermVector v, int32_t day = kNoDay) {
  LinkageGroup g;
  g.sum = std::move(v);
  g.size = 1;
  g.first_day = g.last_day = day;
  return g;
}

TEST(AverageLinkageTest, MergesSimilarAndKeepsApartDifferent) {
  std::vector<LinkageGroup> groups = {
      One(Unit({{8, 1}, {16, 1}, {24, 0.2f}})), One(Unit({{8, 1}, {16, 0.9f}, {32, 0.3f}})),
      One(Unit({{40, 1}, {48, 1}})), One(Unit({{40, 1}, {48, 0.8f}, {56, 0.1f}}))};
  LinkageOptions options;
  options.threshold = 0.5f;
  std::vector<uint32_t> label = AverageLinkage(groups, options);
  EXPECT_EQ(label, (std::vector<uint32_t>{0, 0, 1, 1}));
}

TEST(AverageLinkageTest, TimeHorizonSplits) {
  std::vector<LinkageGroup> groups = {One(Unit({{8, 1}, {16, 1}}), 20000),
                                      One(Unit({{8, 1}, {16, 1}}), 20000 + 200)};
  LinkageOptions options;
  options.threshold = 0.5f;
  EXPECT_EQ(AverageLinkage(groups, options), (std::vector<uint32_t>{0, 1}));
  groups[1].first_day = groups[1].last_day = 20002;
  EXPECT_EQ(AverageLinkage(groups, options), (std::vector<uint32_t>{0, 0}));
}

TEST(AverageLinkageTest, RelativeRuleKeepsTightGroupsApart) {
  // Two tight pairs sharing one term: mean cosine across 0.5, inside each 0.99.
  TermVector a = Unit({{8, 1}, {16, 0.1f}}), b = Unit({{8, 1}, {24, 0.1f}});
  TermVector c = Unit({{8, 0.6f}, {40, 1}}), d = Unit({{8, 0.6f}, {48, 0.1f}, {40, 1}});
  auto pair = [](const TermVector& x, const TermVector& y) {
    LinkageGroup g = One(x);
    AddScaled(y, 1.0f, &g.sum);
    g.size = 2;
    return g;
  };
  std::vector<LinkageGroup> groups = {pair(a, b), pair(c, d)};
  LinkageOptions options;
  options.threshold = 0.2f;
  EXPECT_EQ(AverageLinkage(groups, options), (std::vector<uint32_t>{0, 0}));
  options.relative = 0.6f;
  EXPECT_EQ(AverageLinkage(groups, options), (std::vector<uint32_t>{0, 1}));
}

TEST(AverageLinkageTest, EmptyInput) { EXPECT_TRUE(AverageLinkage({}, LinkageOptions{}).empty()); }

}  // namespace
}  // namespace corroborate
