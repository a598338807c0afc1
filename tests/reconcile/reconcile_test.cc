#include "reconcile/reconcile.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>
#include <deque>
#include <random>
#include <set>
#include <string>

#include "reconcile/test_story.h"

namespace corroborate::reconcile_test {
namespace {

const Fact* FactWith(const StoryAccount& account, std::string_view words) {
  for (const Fact& f : account.facts) {
    if (f.statement.find(words) != std::string::npos) return &f;
  }
  return nullptr;
}

TEST(ReconcileTest, PortStrikeEndToEnd) {
  TestStory s;
  PortStrike p = BuildPortStrike(&s);
  StoryInput input = s.Input();
  std::vector<Article> articles = s.Articles();
  StoryAccount account = Reconcile(input, articles, "s1");

  EXPECT_EQ(account.id, "s1");
  EXPECT_EQ(account.articles, input.article_index);
  ASSERT_EQ(account.sourcing.size(), 4u);
  EXPECT_EQ(account.sourcing[p.meridian].group, 1u);
  EXPECT_EQ(account.title, "Port Strike Leaves Dozens of Ships Stranded");
  EXPECT_FALSE(account.entities.empty());

  const Fact* strike = FactWith(account, "walked off the job");
  ASSERT_NE(strike, nullptr);
  EXPECT_EQ(strike->independent_sources, 3);
  EXPECT_EQ(strike->status, FactStatus::kConfirmed);
  EXPECT_EQ(strike->evidence.size(), 4u);

  const Fact* refusal = FactWith(account, "refused to meet the union leaders");
  ASSERT_NE(refusal, nullptr);
  EXPECT_EQ(refusal->status, FactStatus::kContested);

  const Fact* boats = FactWith(account, "Fishing boats");
  ASSERT_NE(boats, nullptr);
  EXPECT_EQ(boats->status, FactStatus::kSingleSource);

  int denials = 0, numbers = 0;
  for (const Conflict& c : account.conflicts) {
    EXPECT_EQ(c.id, "c" + std::to_string(&c - account.conflicts.data() + 1));
    EXPECT_FALSE(c.facts.empty()) << c.summary;
    EXPECT_GE(c.sides.size(), 2u);
    if (c.kind == ConflictKind::kDenial) {
      ++denials;
      EXPECT_NE(std::find(c.facts.begin(), c.facts.end(), refusal->id), c.facts.end());
    }
    if (c.kind == ConflictKind::kNumber) ++numbers;
    // Every fact a conflict touches is contested.
    for (const auto& id : c.facts) {
      for (const Fact& f : account.facts) {
        if (f.id == id) {
          EXPECT_EQ(f.status, FactStatus::kContested) << f.statement;
        }
      }
    }
  }
  EXPECT_EQ(denials, 1);
  EXPECT_EQ(numbers, 2);

  ASSERT_FALSE(account.timeline.empty());
  EXPECT_EQ(account.timeline.front().date, CivilDate::Day(2025, 3, 3));
  ASSERT_EQ(account.coverage.size(), 4u);
  for (const Fact& f : account.facts) {
    for (const Evidence& e : f.evidence) {
      ASSERT_LT(e.article, articles.size());
      EXPECT_LE(e.span.end, articles[e.article].text.size());
    }
  }
}

TEST(ReconcileTest, EmptyStory) {
  StoryInput input;
  StoryAccount account = Reconcile(input, {}, "s7");
  EXPECT_EQ(account.id, "s7");
  EXPECT_TRUE(account.facts.empty());
  EXPECT_TRUE(account.conflicts.empty());
  EXPECT_TRUE(account.coverage.empty());
}

// A large story: 200 articles of 30 sentences drawn from a shared pool of event sentences with
// each outlet's own word choices. Must stay near-linear (the Release target is well under 1 s).
TEST(ReconcileTest, LargeStoryStaysFast) {
  std::mt19937 rng(7);
  std::vector<std::string> vocab;
  for (int i = 0; i < 3000; ++i) vocab.push_back("w" + std::to_string(i) + "x");
  const char* common[] = {"talks", "officials", "government", "said", "meeting", "president"};
  std::vector<std::vector<std::string>> events(400);
  for (auto& e : events) {
    for (int k = 0; k < 12; ++k) e.push_back(vocab[rng() % vocab.size()]);
  }
  TestStory s;
  for (int a = 0; a < 200; ++a) {
    std::vector<std::string> lines;
    for (int k = 0; k < 30; ++k) {
      const auto& e = events[(rng() % 100) + (k % 3 == 0 ? 0 : rng() % 300)];
      std::string line = "The";
      for (const auto& w : e) {
        line += " " + (rng() % 5 == 0 ? vocab[rng() % vocab.size()] : w);
        if (rng() % 4 == 0) line += std::string(" ") + common[rng() % 6];
      }
      line += ".";
      lines.push_back(line);
    }
    s.Add("Outlet " + std::to_string(a), lines, static_cast<uint32_t>(a % 150), false);
  }
  StoryInput input = s.Input();
  std::vector<Article> articles = s.Articles();
  auto t0 = std::chrono::steady_clock::now();
  StoryAccount account = Reconcile(input, articles, "s1");
  const auto elapsed = std::chrono::steady_clock::now() - t0;
  double ms = std::chrono::duration<double, std::milli>(elapsed).count();
  std::printf("reconcile of 200 x 30 sentences: %.0f ms\n", ms);
  ASSERT_FALSE(account.facts.empty());
  EXPECT_GT(account.facts.front().independent_sources, 10);
  EXPECT_EQ(account.coverage.size(), 200u);
  for (const Fact& f : account.facts) {
    std::set<uint32_t> seen;
    for (const Evidence& e : f.evidence) EXPECT_TRUE(seen.insert(e.article).second);
  }
}

}  // namespace
}  // namespace corroborate::reconcile_test
