// The sorted-vector helpers beside DisjointSets (core/disjoint_sets.h): shared element and
// shared count of two ascending vectors.
#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "core/disjoint_sets.h"

namespace corroborate {
namespace {

TEST(SortedSetsTest, CountsSharedElements) {
  const std::vector<int32_t> a = {1, 4, 7, 9, 12};
  const std::vector<int32_t> b = {2, 4, 9, 12, 30};
  EXPECT_EQ(SortedCommonCount(a, b), 3u);
  EXPECT_EQ(SortedCommonCount(b, a), 3u);
  EXPECT_TRUE(SortedIntersect(a, b));
}

TEST(SortedSetsTest, DisjointOrEmptyShareNothing) {
  const std::vector<uint64_t> a = {3, 5, 8};
  const std::vector<uint64_t> b = {1, 4, 9};
  EXPECT_EQ(SortedCommonCount(a, b), 0u);
  EXPECT_FALSE(SortedIntersect(a, b));
  EXPECT_EQ(SortedCommonCount(a, std::vector<uint64_t>{}), 0u);
}

}  // namespace
}  // namespace corroborate
