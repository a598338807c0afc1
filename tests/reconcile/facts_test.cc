#include "reconcile/facts.h"

#include <gtest/gtest.h>

#include <set>
#include <string>

#include "reconcile/claims.h"
#include "reconcile/test_story.h"

namespace corroborate::reconcile_test {
namespace {

struct Built {
  StoryInput input;
  ResolvedEntities entities;
  ClaimSet claims;
  FactTable table;
};

Built Build(TestStory* s) {
  Built b;
  b.input = s->Input();
  b.entities = s->Entities();
  b.claims = BuildClaims(b.input, b.entities);
  auto groups = AlignClaims(b.claims);
  b.table = BuildFacts(b.input, b.claims, b.entities, groups, {});
  return b;
}

// The fact whose evidence holds sentence s of doc d, or nullptr.
const Fact* FactOf(const Built& b, size_t d, size_t s) {
  const TextSpan span = b.input.docs[d]->sentences[s].span;
  for (const Fact& f : b.table.facts) {
    for (const Evidence& e : f.evidence) {
      if (e.article == b.input.article_index[d] && e.span == span) return &f;
    }
  }
  return nullptr;
}

TEST(StemWordTest, FoldsCommonSuffixes) {
  EXPECT_EQ(StemWord("talks"), StemWord("talk"));
  EXPECT_EQ(StemWord("rejected"), StemWord("reject"));
  EXPECT_EQ(StemWord("captured"), StemWord("capture"));
  EXPECT_EQ(StemWord("meetings"), StemWord("meeting"));
  EXPECT_EQ(StemWord("meeting"), StemWord("meet"));
  EXPECT_EQ(StemWord("closely"), StemWord("close"));
  EXPECT_EQ(StemWord("parties"), StemWord("party"));
  EXPECT_NE(StemWord("union"), StemWord("unit"));
}

TEST(FactsTest, AlignsOneFactAcrossDifferentWordings) {
  TestStory s;
  PortStrike p = BuildPortStrike(&s);
  Built b = Build(&s);
  const Fact* f = FactOf(b, p.times, 1);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f, FactOf(b, p.post, 1));
  EXPECT_EQ(f, FactOf(b, p.meridian, 1));
  EXPECT_EQ(f, FactOf(b, p.ledger, 1)) << "differently worded: " << s.SentenceText(p.ledger, 1);
  EXPECT_EQ(f->evidence.size(), 4u);
  // Four articles, but the Meridian reprints the Post: three independent sources.
  EXPECT_EQ(f->independent_sources, 3);
  EXPECT_EQ(f->status, FactStatus::kConfirmed);
  EXPECT_EQ(f->date, CivilDate::Day(2025, 3, 3));
  EXPECT_EQ(f->id, "f1");
  EXPECT_FALSE(f->entities.empty());
}

TEST(FactsTest, ReprintsDoNotAddSources) {
  TestStory s;
  PortStrike p = BuildPortStrike(&s);
  Built b = Build(&s);
  // The pay demand: Post, its reprint and the Ledger -> two groups.
  const Fact* pay = FactOf(b, p.post, 5);
  ASSERT_NE(pay, nullptr);
  EXPECT_EQ(pay, FactOf(b, p.meridian, 3));
  EXPECT_EQ(pay, FactOf(b, p.ledger, 2));
  EXPECT_EQ(pay->independent_sources, 2);
  // The shared headline exists only in the Post and its reprint: one source.
  const Fact* headline = FactOf(b, p.post, 0);
  ASSERT_NE(headline, nullptr);
  EXPECT_EQ(headline, FactOf(b, p.meridian, 0));
  EXPECT_EQ(headline->independent_sources, 1);
  EXPECT_EQ(headline->status, FactStatus::kSingleSource);
}

TEST(FactsTest, KeepsSingleSourceFactsAndDropsLoneHeadings) {
  TestStory s;
  PortStrike p = BuildPortStrike(&s);
  Built b = Build(&s);
  const Fact* boats = FactOf(b, p.ledger, 3);
  ASSERT_NE(boats, nullptr);
  EXPECT_EQ(boats->independent_sources, 1);
  EXPECT_EQ(boats->status, FactStatus::kSingleSource);
  EXPECT_EQ(boats->date, CivilDate::Day(2025, 3, 6));
  EXPECT_EQ(FactOf(b, p.ledger, 0), nullptr);  // a headline that aligns with nothing
}

TEST(FactsTest, AtMostOneSentencePerArticleAndOrderedBySupport) {
  TestStory s;
  BuildPortStrike(&s);
  Built b = Build(&s);
  int last = 1 << 30;
  for (size_t i = 0; i < b.table.facts.size(); ++i) {
    const Fact& f = b.table.facts[i];
    EXPECT_EQ(f.id, "f" + std::to_string(i + 1));
    std::set<uint32_t> articles;
    for (const Evidence& e : f.evidence) {
      EXPECT_TRUE(articles.insert(e.article).second) << f.statement;
    }
    EXPECT_LE(f.independent_sources, last);
    last = f.independent_sources;
    EXPECT_FALSE(f.statement.empty());
  }
}

TEST(FactsTest, StatementPrefersABodySentenceOverAHeadline) {
  TestStory s;
  size_t a = s.Add("Tribune",
                   {"Bridge Opens Over Lenna River",
                    "The new bridge over the Lenna river opened to traffic on Friday "
                    "after three years of construction."},
                   0);
  size_t b = s.Add("Gazette",
                   {"Lenna River Bridge Opens To Traffic",
                    "After three years of construction, the new bridge over the Lenna "
                    "river opened to traffic on Friday."},
                   1);
  for (size_t d : {a, b}) s.Entity(d, "Lenna", EntityType::kPlace, "Lenna");
  Built built = Build(&s);
  const Fact* f = FactOf(built, a, 1);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f, FactOf(built, b, 1));
  EXPECT_EQ(f->statement.find("Bridge Opens"), std::string::npos);
  EXPECT_EQ(f->evidence.size(), 2u);
}

TEST(FactsTest, SameQuantityAboutTheSameThingAlignsOtherwiseDifferentSentences) {
  TestStory s;
  size_t a = s.Add("Polar Review",
                   {"The crew of the research ship completed a nine-day voyage to Halden Station "
                    "in heavy seas."},
                   0, /*headline=*/false);
  size_t b = s.Add("Science Daily Wire",
                   {"After the nine-day Arctic voyage, the captain praised the resilience of the "
                    "scientists on board."},
                   1, false);
  size_t c =
      s.Add("North Sea News",
            {"The voyage lasted about nine days, according to the expedition logbook."}, 2, false);
  size_t d =
      s.Add("Station Bulletin",
            {"Fuel reserves at the station would cover nine days of heating in winter."}, 3, false);
  s.Entity(a, "Halden Station", EntityType::kPlace, "Halden Station");
  s.Entity(b, "Arctic", EntityType::kPlace, "Arctic");
  s.Quantity(a, "nine-day", 9, "day");
  s.Quantity(b, "nine-day", 9, "day");
  s.Quantity(c, "nine days", 9, "day", "about");
  s.Quantity(d, "nine days", 9, "day");
  Built built = Build(&s);
  const Fact* f = FactOf(built, a, 0);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f, FactOf(built, b, 0));
  EXPECT_EQ(f, FactOf(built, c, 0));
  EXPECT_NE(f, FactOf(built, d, 0)) << "same number, different thing";
  EXPECT_EQ(f->independent_sources, 3);
}

TEST(FactsTest, DoesNotChainUnrelatedSentences) {
  TestStory s;
  size_t a = s.Add(
      "One", {"The mayor opened the new bridge over the Lenna river on Friday morning."}, 0, false);
  size_t b = s.Add("Two",
                   {"The mayor said the new bridge over the Lenna river cost more than planned, "
                    "and the city council approved the budget for next year."},
                   1, false);
  size_t c = s.Add("Three",
                   {"The city council approved the budget for next year after a long debate over "
                    "school funding."},
                   2, false);
  for (size_t d : {a, b, c}) s.Entity(d, "Lenna", EntityType::kPlace, "Lenna");
  Built built = Build(&s);
  const Fact* fa = FactOf(built, a, 0);
  const Fact* fc = FactOf(built, c, 0);
  ASSERT_NE(fa, nullptr);
  ASSERT_NE(fc, nullptr);
  EXPECT_NE(fa, fc);
}

TEST(FactsTest, StatusesFollowConflictsAndSupport) {
  TestStory s;
  PortStrike p = BuildPortStrike(&s);
  Built b = Build(&s);
  const Fact* boats = FactOf(b, p.ledger, 3);
  const Fact* strike = FactOf(b, p.times, 1);
  ASSERT_NE(boats, nullptr);
  ASSERT_NE(strike, nullptr);
  Conflict c;
  c.facts = {boats->id};
  SetStatuses({c}, &b.table);
  EXPECT_EQ(boats->status, FactStatus::kContested);
  EXPECT_EQ(strike->status, FactStatus::kConfirmed);
  SetStatuses({}, &b.table);
  EXPECT_EQ(boats->status, FactStatus::kSingleSource);
}

TEST(FactsTest, EmptyAndDegenerateInput) {
  StoryInput empty;
  ResolvedEntities none;
  ClaimSet claims = BuildClaims(empty, none);
  EXPECT_TRUE(AlignClaims(claims).empty());
  TestStory s;
  s.Add("Blank", {"", "   ", "By", "Read more"}, 0);
  Built b = Build(&s);
  EXPECT_TRUE(b.table.facts.empty());
}

TEST(StatementTest, PastTenseReportAfterTheEventBeatsThePreview) {
  TestStory s;
  size_t preview = s.Add("Harbor Times",
                         {"Mayors To Meet",
                          "The two mayors will meet at the county hall on Thursday to settle the "
                          "reservoir dispute."},
                         0);
  size_t report = s.Add("Coastal Post",
                        {"Mayors Meet",
                         "The two mayors met at the county hall on Thursday over the reservoir "
                         "dispute."},
                        1);
  s.Published(preview, CivilDate::Day(2025, 6, 10));
  s.Published(report, CivilDate::Day(2025, 6, 13));
  s.Time(preview, "on Thursday", CivilDate::Day(2025, 6, 12));
  s.Time(report, "on Thursday", CivilDate::Day(2025, 6, 12));
  Built b = Build(&s);
  bool found = false;
  for (const Fact& f : b.table.facts) {
    if (f.evidence.size() != 2) continue;
    found = true;
    EXPECT_EQ(f.date, CivilDate::Day(2025, 6, 12));
    EXPECT_NE(f.statement.find("mayors met"), std::string::npos) << f.statement;
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace corroborate::reconcile_test

namespace corroborate::reconcile_test {
namespace {

// Two outlets tell one decision amid other business: the cosine is diluted below what aligns
// sentences, but the rare words they share ("lighthouse", "cottage", "fishing", "museum") tie
// them. One shared rare word alone does not.
TEST(FactsTest, SharedDistinctiveWordsAlignLongSentences) {
  TestStory s;
  size_t a =
      s.Add("Gazette",
            {"The harbour authority reopened the northern quay on Monday after repairs.",
             "The mayor confirmed that the old lighthouse cottage will become a fishing museum.",
             "Traffic on the coast road was heavy all weekend."},
            0, false);
  size_t b = s.Add(
      "Herald",
      {"Fishermen complained about the price of diesel at the harbour.",
       "Councillors agreed to turn the lighthouse cottage into a fishing museum after a debate "
       "on parking fees.",
       "Rain is expected on the coast later in the week."},
      1, false);
  Built built = Build(&s);
  const Claim* ca = nullptr;
  const Claim* cb = nullptr;
  for (const Claim& c : built.claims.claims) {
    if (c.doc == a && c.sentence == 1) ca = &c;
    if (c.doc == b && c.sentence == 1) cb = &c;
  }
  ASSERT_NE(ca, nullptr);
  ASSERT_NE(cb, nullptr);
  const AlignOptions options;
  EXPECT_LT(PairScore(*ca, *cb), options.pair_threshold);  // words alone would not align them
  EXPECT_GE(AlignScore(*ca, *cb), options.pair_threshold);
  const Fact* f = FactOf(built, a, 1);
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f, FactOf(built, b, 1));
  EXPECT_EQ(f->evidence.size(), 2u);
  // One shared rare word ("harbour") is no evidence of the same fact.
  EXPECT_NE(FactOf(built, a, 0), FactOf(built, b, 0));
}

}  // namespace
}  // namespace corroborate::reconcile_test

namespace corroborate::reconcile_test {
namespace {

size_t GroupOf(const std::vector<std::vector<uint32_t>>& groups, const ClaimSet& set, size_t doc,
               size_t sentence) {
  for (size_t g = 0; g < groups.size(); ++g) {
    for (uint32_t m : groups[g]) {
      if (set.claims[m].doc == doc && set.claims[m].sentence == sentence) return g;
    }
  }
  return groups.size();
}

// A third outlet puts the statement in a sentence that also carries another point: it matches
// one wording strongly and the other only a little, so the group's centroid alone would keep it
// out.
TEST(FactsTest, StrongPairJoinsAGroupItPartlyMatches) {
  TestStory s;
  size_t a = s.Add("Ledger",
                   {"The president said the country had no plans to fight its neighbours, but "
                    "if they started a war, it was ready right now.",
                    "Grain exports through the southern ports rose in November."},
                   0, false);
  size_t b = s.Add("Tribune",
                   {"The country has no intention of going to war with its neighbours, but if "
                    "they start a war it is ready right now, the president said.",
                    "The central bank kept its main rate unchanged on Friday."},
                   1, false);
  size_t c = s.Add("Sentinel",
                   {"The president accused the neighbours of wanting to blame the capital for any "
                    "collapse in the negotiations, but stressed the country had no intention of "
                    "going to war with them.",
                    "Snow closed the mountain passes for a second day."},
                   2, false);
  Built built = Build(&s);
  const auto groups = AlignClaims(built.claims);
  const size_t ga = GroupOf(groups, built.claims, a, 0);
  ASSERT_LT(ga, groups.size());
  EXPECT_EQ(ga, GroupOf(groups, built.claims, b, 0));
  EXPECT_EQ(ga, GroupOf(groups, built.claims, c, 0));
  AlignOptions centroid_only;
  centroid_only.strong_pair = 10;
  const auto strict = AlignClaims(built.claims, centroid_only);
  EXPECT_NE(GroupOf(strict, built.claims, a, 0), GroupOf(strict, built.claims, c, 0));
  // The unrelated sentences stay alone.
  EXPECT_NE(GroupOf(groups, built.claims, a, 1), GroupOf(groups, built.claims, b, 1));
}

}  // namespace
}  // namespace corroborate::reconcile_test
