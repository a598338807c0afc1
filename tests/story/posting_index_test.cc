// The compact inverted index of streaming clustering: postings in and out, lists spilled and
// folded back, long lists capped, and deletions that keep every other term findable.
#include "story/posting_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <vector>

namespace corroborate {
namespace {

std::vector<Posting> All(const PostingIndex& index, uint32_t term) {
  std::vector<Posting> out;
  index.ForEach(term, [&](const Posting& p) { out.push_back(p); });
  return out;
}

TEST(PostingIndexTest, AddRemoveSingleAndSpilled) {
  PostingIndex index;
  EXPECT_TRUE(All(index, 42).empty());
  index.Add(42, {1, 1});
  EXPECT_EQ(All(index, 42), (std::vector<Posting>{{1, 1}}));
  index.Add(42, {2, 1});
  index.Add(42, {3, 7});
  EXPECT_EQ(All(index, 42), (std::vector<Posting>{{1, 1}, {2, 1}, {3, 7}}));
  EXPECT_EQ(index.postings(), 3u);
  index.Remove(42, {2, 1});
  index.Remove(42, {9, 9});  // absent: nothing happens
  index.Remove(42, {3, 7});
  EXPECT_EQ(All(index, 42), (std::vector<Posting>{{1, 1}}));
  index.Remove(42, {1, 1});
  EXPECT_TRUE(All(index, 42).empty());
  EXPECT_EQ(index.terms(), 0u);
  EXPECT_EQ(index.postings(), 0u);
}

TEST(PostingIndexTest, LongListsDropTheirOldestHalf) {
  PostingIndex index(8);
  for (uint32_t i = 0; i < 9; ++i) index.Add(5, {i, 0});
  std::vector<Posting> left = All(index, 5);
  ASSERT_EQ(left.size(), 5u);
  EXPECT_EQ(left.front().slot, 4u) << "the newest postings stay";
  EXPECT_EQ(index.postings(), 5u);
}

TEST(PostingIndexTest, MatchesAReferenceUnderRandomOperations) {
  // Terms chosen to collide in the table (same low bits after mixing is not controllable, so
  // use many terms and a small table growth path) and to exercise backward-shift deletion.
  PostingIndex index(1000);
  std::map<uint32_t, std::multiset<std::pair<uint32_t, uint32_t>>> reference;
  std::mt19937 rng(7);
  for (int step = 0; step < 20000; ++step) {
    uint32_t term = rng() % 700;
    Posting p{static_cast<uint32_t>(rng() % 5), 0};
    if (rng() % 3 != 0) {
      index.Add(term, p);
      reference[term].insert({p.slot, p.generation});
    } else {
      auto& set = reference[term];
      auto it = set.find({p.slot, p.generation});
      index.Remove(term, p);
      if (it != set.end()) set.erase(it);
    }
  }
  size_t total = 0;
  for (uint32_t term = 0; term < 700; ++term) {
    std::multiset<std::pair<uint32_t, uint32_t>> got;
    for (const Posting& p : All(index, term)) got.insert({p.slot, p.generation});
    EXPECT_EQ(got, reference[term]) << "term " << term;
    total += got.size();
  }
  EXPECT_EQ(index.postings(), total);
  EXPECT_GT(index.MemoryBytes(), total * sizeof(Posting));
}

}  // namespace
}  // namespace corroborate
