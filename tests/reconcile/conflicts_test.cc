#include "reconcile/conflicts.h"

#include <gtest/gtest.h>

#include <set>
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
  size_t a = s.Add("One",
                   {"Rescuers evacuated about 200 residents from the flooded valley on "
                    "Saturday."},
                   0, false);
  size_t b = s.Add("Two", {"Rescuers evacuated 210 residents from the flooded valley on Saturday."},
                   1, false);
  size_t c = s.Add("Three",
                   {"Rescuers evacuated 120 residents from the flooded valley on "
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
  size_t a = s.Add("One",
                   {"The draft 28-point plan was later cut to a 20-point plan by the "
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

namespace corroborate::reconcile_test {
namespace {

Found FindAllAligned(TestStory* s) {
  Found f;
  f.input = s->Input();
  f.articles = s->Articles();
  f.entities = s->Entities();
  f.claims = BuildClaims(f.input, f.entities);
  auto groups = AlignClaims(f.claims);
  ConflictContext ctx{f.input, f.articles, f.claims, f.entities, &groups};
  f.denials = FindDenials(ctx);
  f.numbers = FindNumberConflicts(ctx);
  return f;
}

TEST(DenialTest, OneDenialQuotedByManyOutletsIsOneConflict) {
  TestStory s;
  size_t herald = s.Add("Valley Herald",
                        {"Coach Resigned After Cup Defeat",
                         "The national coach resigned on Sunday night after the cup defeat, two "
                         "officials at the federation said."},
                        0);
  size_t wire = s.Add("Sport Wire",
                      {"Federation Responds",
                       "\"It is wrong to say the coach resigned,\" federation spokesman Tomas "
                       "Brandt said on Monday.",
                       "The federation denied a newspaper report that Ivo Marek had resigned."},
                      1);
  size_t daily = s.Add("Morning Daily",
                       {"Federation Stands By Marek",
                        "\"It is wrong to say the coach resigned,\" spokesman Tomas Brandt told "
                        "reporters at the stadium."},
                       2);
  for (size_t d : {wire, daily}) s.Entity(d, "Tomas Brandt", EntityType::kPerson, "Tomas Brandt");
  s.Entity(wire, "Ivo Marek", EntityType::kPerson, "Ivo Marek");
  Found f = FindAllAligned(&s);
  ASSERT_EQ(f.denials.size(), 1u);
  const Conflict& c = f.denials[0].conflict;
  ASSERT_EQ(c.sides.size(), 2u);
  EXPECT_EQ(c.sides[0].held_by, "Valley Herald");
  EXPECT_EQ(c.sides[1].held_by, "Tomas Brandt");
  std::set<uint32_t> asserting, denying;
  for (const auto& e : c.sides[0].evidence) asserting.insert(e.article);
  for (const auto& e : c.sides[1].evidence) denying.insert(e.article);
  EXPECT_EQ(asserting, (std::set<uint32_t>{static_cast<uint32_t>(herald)}));
  EXPECT_EQ(c.sides[0].evidence.size(), 2u) << "headline and body both assert it";
  EXPECT_EQ(denying,
            (std::set<uint32_t>{static_cast<uint32_t>(wire), static_cast<uint32_t>(daily)}));
  EXPECT_EQ(c.sides[1].evidence.size(), 3u);
}

TEST(DenialTest, PassiveRejectionOfReportsIsADenial) {
  TestStory s;
  s.Add("Valley Herald",
        {"Coach Resigned After Cup Defeat",
         "The national coach resigned on Sunday night after the cup defeat."},
        0);
  s.Add("Sport Wire",
        {"Federation Responds",
         "Reports that the coach resigned after the defeat were rejected by the federation."},
        1);
  Found f = FindAllAligned(&s);
  ASSERT_EQ(f.denials.size(), 1u);
  EXPECT_NE(f.denials[0].conflict.sides[1].statement.find("were rejected"), std::string::npos);
}

TEST(NumberConflictTest, MeasureOfTheSameEventInOtherWordsConflicts) {
  TestStory s;
  size_t a = s.Add("Harbor Times",
                   {"Budget Deal Reached",
                    "The mayors agreed to share the water costs after nine hours of talks at the "
                    "county hall, ending the dispute over the reservoir."},
                   0);
  size_t b = s.Add("Coastal Post",
                   {"Water Costs Shared",
                    "The mayors ended nine hours of talks at the county hall with a deal to share "
                    "the water costs of the reservoir."},
                   1);
  size_t c = s.Add("Daily Meridian",
                   {"Mayors Settle",
                    "By the time the negotiations at the county hall broke up, after about three "
                    "hours, the only agreement was on sharing the water costs of the reservoir."},
                   2);
  s.Quantity(a, "nine hours", 9, "hour");
  s.Quantity(b, "nine hours", 9, "hour");
  s.Quantity(c, "about three hours", 3, "hour", "about");
  Found f = FindAllAligned(&s);
  ASSERT_EQ(f.numbers.size(), 1u);
  const Conflict& k = f.numbers[0].conflict;
  ASSERT_EQ(k.sides.size(), 2u);
  EXPECT_EQ(k.sides[0].evidence.size(), 2u) << "the side more outlets hold comes first";
  EXPECT_EQ(k.sides[1].held_by, "Daily Meridian");
  EXPECT_EQ(k.summary,
            "Outlets disagree on how long the talks lasted: 9 hours (2 outlets) vs about 3 hours "
            "(Daily Meridian)");
}

TEST(NumberConflictTest, OrdinalsSharesAndJointlyStatedValuesNeverConflict) {
  TestStory s;
  size_t a = s.Add("Harbor Times",
                   {"Swap Agreed",
                    "The two sides will exchange 300 detainees, 150 from each side, under the deal "
                    "signed in the border town.",
                    "The first round of the exchange is set for Friday in the border town."},
                   0);
  size_t b = s.Add("Coastal Post",
                   {"Detainee Swap",
                    "Under the deal signed in the border town, the sides will exchange 300 "
                    "detainees.",
                    "The second round of the exchange is planned for next month in the border "
                    "town."},
                   1);
  size_t c = s.Add("Daily Meridian",
                   {"Swap Deal",
                    "The deal signed in the border town frees over 150 detainees held by the two "
                    "sides."},
                   2);
  s.Quantity(a, "300 detainees", 300, "detainee");
  s.Quantity(a, "150 from each side", 150, "detainee");
  s.Quantity(a, "first", 1, "ordinal:round");
  s.Quantity(b, "300 detainees", 300, "detainee");
  s.Quantity(b, "second", 2, "ordinal:round");
  s.Quantity(c, "over 150 detainees", 150, "detainee", "over");
  Found f = FindAllAligned(&s);
  for (const auto& n : f.numbers) ADD_FAILURE() << n.conflict.summary;
}

TEST(NumberConflictTest, SharedUnitNounAloneIsNotTheSameThing) {
  TestStory s;
  size_t a = s.Add("Harbor Times",
                   {"Strike Talks",
                    "The walkout was called off, according to two people who were at the meeting "
                    "with the port authority."},
                   0);
  size_t b = s.Add("Coastal Post",
                   {"Port Town",
                    "The port serves a district of about 90,000 people along the southern "
                    "coast."},
                   1);
  s.Quantity(a, "two people", 2, "person");
  s.Quantity(b, "about 90,000 people", 90000, "person", "about");
  Found f = FindAllAligned(&s);
  EXPECT_TRUE(f.numbers.empty());
}

}  // namespace
}  // namespace corroborate::reconcile_test
