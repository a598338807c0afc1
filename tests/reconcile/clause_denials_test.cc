// Denials read at clause level (reconcile/conflicts.h with reconcile/clauses.h): an assertion and
// its denial in one sentence with both holders, denials of one claim across reports merged, and
// the evidence of each side exactly the clause it stands on.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "reconcile/claims.h"
#include "reconcile/conflicts.h"
#include "reconcile/test_story.h"

namespace corroborate::reconcile_test {
namespace {

struct Found {
  StoryInput input;
  std::vector<Article> articles;
  ResolvedEntities entities;
  ClaimSet claims;
  std::vector<FoundConflict> denials;
};

Found Denials(TestStory* s) {
  Found f;
  f.input = s->Input();
  f.articles = s->Articles();
  f.entities = s->Entities();
  f.claims = BuildClaims(f.input, f.entities);
  ConflictContext ctx{f.input, f.articles, f.claims, f.entities};
  f.denials = FindDenials(ctx);
  return f;
}

std::string Slice(const Found& f, const Evidence& e) {
  return std::string(e.span.Of(f.articles[e.article].text));
}

TEST(ClauseDenialTest, AssertionAndDenialInOneSentenceWithBothHolders) {
  TestStory s;
  size_t a = s.Add("Eastern Wire",
                   {"Russia's defence ministry said its forces had captured the town of Marvik, "
                    "but Kyiv denied it and said fighting continued in the western districts.",
                    "The town had about 20,000 residents before the war."},
                   0, false);
  s.Entity(a, "Russia", EntityType::kPlace, "Russia");
  s.Entity(a, "Kyiv", EntityType::kPlace, "Kyiv");
  s.Entity(a, "Marvik", EntityType::kPlace, "Marvik");
  Found f = Denials(&s);
  ASSERT_EQ(f.denials.size(), 1u);
  const Conflict& c = f.denials[0].conflict;
  EXPECT_EQ(c.kind, ConflictKind::kDenial);
  ASSERT_EQ(c.sides.size(), 2u);
  // Who asserts, who denies.
  EXPECT_NE(c.sides[0].held_by.find("defence ministry"), std::string::npos) << c.sides[0].held_by;
  EXPECT_EQ(c.sides[1].held_by, "Kyiv");
  EXPECT_EQ(c.sides[0].statement,
            "Russia's defence ministry said its forces had captured the town of Marvik");
  EXPECT_EQ(c.sides[1].statement,
            "but Kyiv denied it and said fighting continued in the western districts");
  // Provenance: each side's evidence is exactly its clause inside the one sentence.
  ASSERT_EQ(c.sides[0].evidence.size(), 1u);
  ASSERT_EQ(c.sides[1].evidence.size(), 1u);
  EXPECT_EQ(Slice(f, c.sides[0].evidence[0]), c.sides[0].statement);
  EXPECT_EQ(Slice(f, c.sides[1].evidence[0]), c.sides[1].statement);
  const TextSpan sentence = f.claims.claims[0].span;
  for (const auto& side : c.sides) {
    EXPECT_TRUE(sentence.Contains(side.evidence[0].span));
  }
  EXPECT_NE(c.summary.find("Kyiv denies"), std::string::npos) << c.summary;
  // The sentence is the claim the conflict contests.
  ASSERT_FALSE(f.denials[0].claims.empty());
  EXPECT_EQ(f.denials[0].claims[0], 0u);
}

TEST(ClauseDenialTest, DismissedItInALaterClauseIsADenial) {
  TestStory s;
  s.Add("Valley Courier",
        {"The mayor said the Harlow steelworks would close in May, but the owners dismissed it as "
         "speculation.",
         "The mayor said the bus depot would move, and the council approved the budget."},
        0, false);
  Found f = Denials(&s);
  ASSERT_EQ(f.denials.size(), 1u);
  const Conflict& c = f.denials[0].conflict;
  EXPECT_EQ(c.sides[0].statement, "The mayor said the Harlow steelworks would close in May");
  EXPECT_EQ(c.sides[0].held_by, "The mayor");
  EXPECT_EQ(c.sides[1].held_by, "the owners");
}

TEST(ClauseDenialTest, OneDenierOfOneClaimAcrossReportsIsOneConflict) {
  TestStory s;
  size_t a = s.Add("Eastern Wire",
                   {"Moscow has been showing off gains at the front, including the capture of "
                    "Marvik, which Kyiv has denied."},
                   0, false);
  size_t b = s.Add("Baltic Monitor",
                   {"On Monday, the army claimed it took Marvik and Sedlo; Kyiv denied these, "
                    "saying its troops still held the rail station."},
                   1, false);
  size_t c = s.Add("Harbor Times",
                   {"The governor said the Tessa dam was mined, which Kyiv has denied."}, 2, false);
  for (size_t d : {a, b, c}) {
    s.Entity(d, "Moscow", EntityType::kPlace, "Moscow");
    s.Entity(d, "Kyiv", EntityType::kPlace, "Kyiv");
    s.Entity(d, "Marvik", EntityType::kPlace, "Marvik");
    s.Entity(d, "Sedlo", EntityType::kPlace, "Sedlo");
    s.Entity(d, "Tessa", EntityType::kPlace, "Tessa");
  }
  Found f = Denials(&s);
  ASSERT_EQ(f.denials.size(), 2u);
  const Conflict* marvik = nullptr;
  const Conflict* dam = nullptr;
  for (const auto& d : f.denials) {
    (d.conflict.sides[0].statement.find("Marvik") != std::string::npos ? marvik : dam) =
        &d.conflict;
  }
  ASSERT_NE(marvik, nullptr);
  ASSERT_NE(dam, nullptr);
  ASSERT_EQ(marvik->sides.size(), 2u);
  EXPECT_EQ(marvik->sides[0].evidence.size(), 2u);
  EXPECT_EQ(marvik->sides[1].evidence.size(), 2u);
  EXPECT_EQ(marvik->sides[1].held_by, "Kyiv");
  EXPECT_NE(marvik->sides[0].evidence[0].article, marvik->sides[0].evidence[1].article);
  for (const auto& side : marvik->sides) {
    for (const auto& e : side.evidence) EXPECT_FALSE(Slice(f, e).empty());
  }
  EXPECT_EQ(dam->sides[0].evidence.size(), 1u);
  EXPECT_NE(dam->sides[0].statement.find("Tessa dam was mined"), std::string::npos);
}

TEST(ClauseDenialTest, ContrastWithoutDenialIsNoConflict) {
  TestStory s;
  size_t a = s.Add("Eastern Wire",
                   {"Russia's defence ministry said its forces had advanced near Marvik, while "
                    "Kyiv said its troops had repelled six attacks.",
                    "Kyiv did not deny that the rail line was cut, but the governor said repairs "
                    "had begun."},
                   0, false);
  s.Entity(a, "Kyiv", EntityType::kPlace, "Kyiv");
  s.Entity(a, "Marvik", EntityType::kPlace, "Marvik");
  Found f = Denials(&s);
  EXPECT_TRUE(f.denials.empty()) << f.denials[0].conflict.summary;
}

}  // namespace
}  // namespace corroborate::reconcile_test
