#include "reconcile/conflicts.h"

#include <gtest/gtest.h>

#include <string>

#include "reconcile/claims.h"
#include "reconcile/facts.h"
#include "reconcile/test_story.h"

namespace corroborate::reconcile_test {
namespace {

struct Found {
  StoryInput input;
  std::vector<Article> articles;
  ResolvedEntities entities;
  ClaimSet claims;
  std::vector<FoundConflict> denials, numbers;
};

Found FindAll(TestStory* s) {
  Found f;
  f.input = s->Input();
  f.articles = s->Articles();
  f.entities = s->Entities();
  f.claims = BuildClaims(f.input, f.entities);
  ConflictContext ctx{f.input, f.articles, f.claims, f.entities};
  f.denials = FindDenials(ctx);
  f.numbers = FindNumberConflicts(ctx);
  return f;
}

bool Mentions(const Conflict& c, std::string_view text) {
  if (c.summary.find(text) != std::string::npos) return true;
  for (const auto& side : c.sides) {
    if (side.statement.find(text) != std::string::npos) return true;
  }
  return false;
}

TEST(DenialTest, DenialMeetsTheAssertionInAnotherOutlet) {
  TestStory s;
  PortStrike p = BuildPortStrike(&s);
  Found f = FindAll(&s);
  ASSERT_EQ(f.denials.size(), 1u);
  const Conflict& c = f.denials[0].conflict;
  EXPECT_EQ(c.kind, ConflictKind::kDenial);
  ASSERT_EQ(c.sides.size(), 2u);
  EXPECT_NE(c.sides[0].statement.find("Elena Varga refused to meet"), std::string::npos);
  EXPECT_EQ(c.sides[0].held_by, "Harbor Times");
  EXPECT_NE(c.sides[1].statement.find("incorrect to say"), std::string::npos);
  EXPECT_EQ(c.sides[1].held_by, "Transport Ministry");
  ASSERT_EQ(c.sides[0].evidence.size(), 1u);
  EXPECT_EQ(c.sides[0].evidence[0].article, p.times);
  EXPECT_EQ(c.sides[1].evidence[0].article, p.post);
  // The claim touched is the assertion (its fact becomes contested).
  ASSERT_EQ(f.denials[0].claims.size(), 1u);
  const Claim& touched = f.claims.claims[f.denials[0].claims[0]];
  EXPECT_EQ(touched.doc, p.times);
  EXPECT_EQ(touched.sentence, 5u);
}

TEST(DenialTest, HeadlineAssertionAndPredicateOverlapDecide) {
  TestStory s;
  size_t a = s.Add("Evening Courier",
                   {"Mayor Blocked Stadium Deal, Council Left Waiting",
                    "The mayor blocked changes proposed by the regional council, saying they "
                    "were unaffordable."},
                   0);
  size_t b = s.Add("City Wire",
                   {"City Hall Responds",
                    "A spokesman for the mayor, Tomas Reed, said it was not true that the mayor "
                    "blocked the stadium deal."},
                   1);
  for (size_t d : {a, b}) {
    s.Entity(d, "Tomas Reed", EntityType::kPerson, "Tomas Reed");
  }
  Found f = FindAll(&s);
  ASSERT_EQ(f.denials.size(), 1u);
  const Conflict& c = f.denials[0].conflict;
  // The headline shares "stadium deal" with the denied proposition; the body sentence about the
  // council's changes does not.
  EXPECT_EQ(c.sides[0].statement, "Mayor Blocked Stadium Deal, Council Left Waiting");
  EXPECT_EQ(c.sides[1].held_by, "Tomas Reed");
}

TEST(DenialTest, ClaimAndDenialInOneSentence) {
  TestStory s;
  size_t a = s.Add("Frontline Digest",
                   {"On Sunday, the northern army claimed it took Velmar and Ostrin; the regional "
                    "governor denied these, saying the towns remained contested.",
                    "Officials celebrated the capture of the Ostrin bridge, which the governor has "
                    "denied."},
                   0, false);
  s.Entity(a, "Velmar", EntityType::kPlace, "Velmar");
  s.Entity(a, "Ostrin", EntityType::kPlace, "Ostrin");
  Found f = FindAll(&s);
  ASSERT_EQ(f.denials.size(), 2u);
  const Conflict& c = f.denials[0].conflict;
  ASSERT_EQ(c.sides.size(), 2u);
  EXPECT_NE(c.sides[0].statement.find("claimed it took Velmar"), std::string::npos);
  EXPECT_EQ(c.sides[0].statement.find("denied"), std::string::npos);
  EXPECT_NE(c.sides[1].statement.find("governor denied these"), std::string::npos);
  // Sub-sentence evidence: the two sides are different clauses of the same sentence.
  EXPECT_LT(c.sides[0].evidence[0].span.end, c.sides[1].evidence[0].span.begin);
  const Conflict& d = f.denials[1].conflict;
  EXPECT_NE(d.sides[0].statement.find("capture of the Ostrin bridge"), std::string::npos);
  EXPECT_NE(d.sides[1].statement.find("the governor has denied"), std::string::npos);
}

TEST(DenialTest, PassiveDeniedAndPlainRejectionAreNotDenials) {
  TestStory s;
  size_t a = s.Add("Border Times",
                   {"The reporter was denied entry at the border crossing on Friday.",
                    "The committee rejected amendments proposed by the opposition."},
                   0, false);
  (void)a;
  Found f = FindAll(&s);
  EXPECT_TRUE(f.denials.empty());
}

TEST(NumberConflictTest, DifferentValuesForTheSameThing) {
  TestStory s;
  BuildPortStrike(&s);
  Found f = FindAll(&s);
  bool ships = false, talks = false;
  for (const auto& fc : f.numbers) {
    const Conflict& c = fc.conflict;
    EXPECT_EQ(c.kind, ConflictKind::kNumber);
    if (Mentions(c, "40 ship") && Mentions(c, "60 ship")) {
      ships = true;
      ASSERT_EQ(c.sides.size(), 2u);
      EXPECT_EQ(c.sides[0].held_by, "Harbor Times");
      EXPECT_EQ(c.sides[1].held_by, "Coastal Post, Daily Meridian");
      EXPECT_EQ(c.sides[1].evidence.size(), 2u);
    }
    if (Mentions(c, "4 hour") && Mentions(c, "6 hour")) {
      talks = true;
      EXPECT_EQ(c.summary.rfind("Outlets disagree on ", 0), 0u) << c.summary;
    }
    // Trucks waiting 10 hours are another thing that happens to be measured in hours.
    EXPECT_FALSE(Mentions(c, "10 hour")) << c.summary;
    EXPECT_FALSE(Mentions(c, "percent")) << c.summary;
  }
  EXPECT_TRUE(ships);
  EXPECT_TRUE(talks);
  EXPECT_EQ(f.numbers.size(), 2u);
}

TEST(NumberConflictTest, ApproximateValuesWithinFifteenPercentAgree) {
  TestStory s;
  size_t a = s.Add("One", {"Rescuers evacuated about 200 residents from the flooded valley on "
                           "Saturday."},
                   0, false);
  size_t b = s.Add("Two", {"Rescuers evacuated 210 residents from the flooded valley on Saturday."},
                   1, false);
  size_t c = s.Add("Three", {"Rescuers evacuated 120 residents from the flooded valley on "
                             "Saturday."},
                   2, false);
  s.Quantity(a, "200 residents", 200, "resident", "about");
  s.Quantity(b, "210 residents", 210, "resident");
  Found f = FindAll(&s);
  EXPECT_TRUE(f.numbers.empty());
  s.Quantity(c, "120 residents", 120, "resident");
  f = FindAll(&s);
  ASSERT_EQ(f.numbers.size(), 1u);
  EXPECT_EQ(f.numbers[0].conflict.sides.size(), 2u);  // {200, 210} vs {120}
}

TEST(NumberConflictTest, OutletGivingBothValuesIsNotASide) {
  TestStory s;
  size_t a = s.Add("One", {"The draft 28-point plan was later cut to a 20-point plan by the "
                           "negotiators."},
                   0, false);
  size_t b = s.Add("Two", {"The negotiators discussed the 28-point plan on Monday."}, 1, false);
  s.Quantity(a, "28-point", 28, "point");
  s.Quantity(a, "20-point", 20, "point");
  s.Quantity(b, "28-point", 28, "point");
  Found f = FindAll(&s);
  EXPECT_TRUE(f.numbers.empty());
}

}  // namespace
}  // namespace corroborate::reconcile_test
