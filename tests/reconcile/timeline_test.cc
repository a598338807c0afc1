#include "reconcile/timeline.h"

#include <gtest/gtest.h>

#include "reconcile/claims.h"
#include "reconcile/coverage.h"
#include "reconcile/facts.h"
#include "reconcile/test_story.h"

namespace corroborate::reconcile_test {
namespace {

struct Built {
  StoryInput input;
  ClaimSet claims;
  FactTable table;
};

Built Build(TestStory* s) {
  Built b;
  b.input = s->Input();
  ResolvedEntities entities = s->Entities();
  b.claims = BuildClaims(b.input, entities);
  b.table = BuildFacts(b.input, b.claims, entities, AlignClaims(b.claims), {});
  return b;
}

TEST(TimelineTest, DatedFactsInDateOrderWithDatedEvidence) {
  TestStory s;
  BuildPortStrike(&s);
  Built b = Build(&s);
  auto timeline = BuildTimeline(b.input, b.claims, b.table);
  ASSERT_GE(timeline.size(), 4u);
  for (size_t i = 1; i < timeline.size(); ++i) {
    EXPECT_FALSE(timeline[i].date < timeline[i - 1].date);
  }
  EXPECT_EQ(timeline.front().date, CivilDate::Day(2025, 3, 3));
  EXPECT_EQ(timeline.back().date, CivilDate::Day(2025, 3, 6));
  EXPECT_NE(timeline.back().event.find("Fishing boats"), std::string::npos);
  // The strike's start: one entry, from the four-article fact, with the four dated sentences.
  const TimelineEntry& start = timeline.front();
  EXPECT_EQ(start.fact, "f1");
  EXPECT_EQ(start.evidence.size(), 4u);
  bool ships = false;
  for (const auto& e : timeline) {
    if (e.date == CivilDate::Day(2025, 3, 4)) {
      ships = ships || e.event.find("ships") != std::string::npos;
    }
    EXPECT_FALSE(e.fact.empty());
    EXPECT_FALSE(e.evidence.empty());
  }
  EXPECT_TRUE(ships);
}

TEST(TimelineTest, NearDuplicatesOfOneDateMerge) {
  TestStory s;
  size_t a = s.Add("Island Herald",
                   {"The ferry service to Marrow Island resumed on Friday after the storm.",
                    "Officials counted the damage to the harbor wall.",
                    "Ferry service to Marrow Island resumed on Friday, the operator confirmed."},
                   0, false);
  s.Entity(a, "Marrow Island", EntityType::kPlace, "Marrow Island");
  const std::string& text = s.article(a).text;
  s.Time(a, "Friday", CivilDate::Day(2025, 4, 11));
  s.Time(a, "Friday", CivilDate::Day(2025, 4, 11), true, text.find("Friday") + 1);
  Built b = Build(&s);
  ASSERT_EQ(b.table.facts.size(), 3u);  // one article: its sentences cannot align
  auto timeline = BuildTimeline(b.input, b.claims, b.table);
  ASSERT_EQ(timeline.size(), 1u);
  EXPECT_EQ(timeline[0].date, CivilDate::Day(2025, 4, 11));
  EXPECT_EQ(timeline[0].evidence.size(), 2u);
}

TEST(TimelineTest, UndatedStoryHasNoTimeline) {
  TestStory s;
  s.Add("A", {"The museum reopened its west wing to visitors after renovation work."}, 0, false);
  s.Add("B", {"Visitors returned to the museum's renovated west wing."}, 1, false);
  Built b = Build(&s);
  EXPECT_TRUE(BuildTimeline(b.input, b.claims, b.table).empty());
}

TEST(CoverageTest, OmitsAreConfirmedFactsAnArticleLacks) {
  TestStory s;
  PortStrike p = BuildPortStrike(&s);
  Built b = Build(&s);
  auto coverage = BuildCoverage(b.input, b.table);
  ASSERT_EQ(coverage.size(), 4u);
  auto fact_of = [&](size_t d, size_t sentence) -> std::string {
    const TextSpan span = b.input.docs[d]->sentences[sentence].span;
    for (const Fact& f : b.table.facts) {
      for (const Evidence& e : f.evidence) {
        if (e.article == d && e.span == span) return f.id;
      }
    }
    return "";
  };
  auto has = [](const std::vector<std::string>& v, const std::string& id) {
    return std::find(v.begin(), v.end(), id) != v.end();
  };
  const std::string strike = fact_of(p.times, 1);
  const std::string talks = fact_of(p.times, 3);
  const std::string boats = fact_of(p.ledger, 3);
  ASSERT_FALSE(strike.empty());
  ASSERT_FALSE(talks.empty());
  ASSERT_FALSE(boats.empty());
  EXPECT_EQ(coverage[p.ledger].article, p.ledger);
  EXPECT_TRUE(has(coverage[p.ledger].facts, strike));
  EXPECT_TRUE(has(coverage[p.ledger].facts, boats));
  EXPECT_TRUE(has(coverage[p.ledger].omits, talks));  // reported by two independent outlets
  EXPECT_TRUE(has(coverage[p.meridian].omits, talks));
  EXPECT_FALSE(has(coverage[p.times].omits, talks));
  EXPECT_FALSE(has(coverage[p.times].omits, boats));  // single-source facts are never omits
  for (const auto& c : coverage) {
    for (const auto& id : c.omits) EXPECT_FALSE(has(c.facts, id));
  }
}

TEST(TimelineTest, OneDaysEventToldInDifferentWordsIsOneEntry) {
  TestStory s;
  size_t a = s.Add(
      "Harbor Times",
      {"Reservoir Deal",
       "Yesterday, on June 12, talks between Mayor Ana Ruiz and her rival over the reservoir ended "
       "at the county hall with a deal on water costs."},
      0);
  size_t b = s.Add("Coastal Post",
                   {"Deal Reached",
                    "Thursday's closed-door meeting with Mayor Ana Ruiz lasted into the night, "
                    "aides said."},
                   1);
  size_t c = s.Add("Daily Meridian",
                   {"Water Row",
                    "Fishermen protested outside the harbour office on Thursday over catch "
                    "quotas."},
                   2);
  s.Entity(a, "Ana Ruiz", EntityType::kPerson, "Ana Ruiz");
  s.Entity(b, "Ana Ruiz", EntityType::kPerson, "Ana Ruiz");
  s.Entity(c, "Ana Ruiz", EntityType::kPerson, "Ana Ruiz");
  s.Time(a, "on June 12", CivilDate::Day(2025, 6, 12), false);
  s.Time(b, "Thursday", CivilDate::Day(2025, 6, 12));
  s.Time(c, "on Thursday", CivilDate::Day(2025, 6, 12));
  Built b2 = Build(&s);
  auto timeline = BuildTimeline(b2.input, b2.claims, b2.table);
  ASSERT_EQ(timeline.size(), 2u) << "the talks and the meeting merge; the protest stays apart";
  size_t merged = timeline[0].evidence.size() == 2 ? 0 : 1;
  EXPECT_EQ(timeline[merged].evidence.size(), 2u);
  EXPECT_EQ(timeline[1 - merged].evidence.size(), 1u);
}

TEST(TimelineTest, BareYearOfASingleOutletIsDropped) {
  TestStory s;
  size_t a =
      s.Add("Harbor Times",
            {"Reservoir Deal", "The reservoir was built in 1987 to supply the three coastal towns.",
             "The mayors agreed on the water costs in March 2025 after long talks."},
            0);
  s.Time(a, "in 1987", CivilDate::Year(1987), false);
  s.Time(a, "in March 2025", CivilDate::Month(2025, 3), false);
  Built b = Build(&s);
  auto timeline = BuildTimeline(b.input, b.claims, b.table);
  ASSERT_EQ(timeline.size(), 1u);
  EXPECT_EQ(timeline[0].date, CivilDate::Month(2025, 3));
}

}  // namespace
}  // namespace corroborate::reconcile_test
