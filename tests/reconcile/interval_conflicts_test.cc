// Interval conflicts (conflicts.h FindIntervalConflicts): an absence timed by the clock in one
// report against the length another report states.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "reconcile/claims.h"
#include "reconcile/conflicts.h"
#include "reconcile/test_story.h"

namespace corroborate::reconcile_test {
namespace {

std::vector<FoundConflict> Intervals(TestStory* s, std::vector<Article>* articles) {
  StoryInput input = s->Input();
  *articles = s->Articles();
  ResolvedEntities entities = s->Entities();
  ClaimSet claims = BuildClaims(input, entities);
  ConflictContext ctx{input, *articles, claims, entities};
  return FindIntervalConflicts(ctx);
}

TEST(IntervalConflictTest, ClockTimedAbsenceAgainstAStatedLength) {
  TestStory s;
  size_t a = s.Add("Harbor Times",
                   {"The union leader left the negotiating room at 11 a.m. after a shouting match.",
                    "Talks only resumed at 12:30, port officials said."},
                   0, false);
  size_t b = s.Add("Coastal Post",
                   {"A mediator said the break lasted twenty minutes and the mood stayed calm."}, 1,
                   false);
  s.Quantity(b, "twenty minutes", 20, "minute");
  std::vector<Article> articles;
  std::vector<FoundConflict> found = Intervals(&s, &articles);
  ASSERT_EQ(found.size(), 1u);
  const Conflict& c = found[0].conflict;
  EXPECT_EQ(c.kind, ConflictKind::kNumber);
  ASSERT_EQ(c.sides.size(), 2u);
  EXPECT_EQ(c.sides[0].held_by, "Coastal Post");
  EXPECT_EQ(c.sides[1].held_by, "Harbor Times");
  EXPECT_NE(c.summary.find("20 minutes"), std::string::npos) << c.summary;
  EXPECT_NE(c.summary.find("90 minutes"), std::string::npos) << c.summary;
  // Evidence: the leaving and the return sentences, exactly.
  ASSERT_EQ(c.sides[1].evidence.size(), 2u);
  EXPECT_EQ(c.sides[1].evidence[1].span.Of(articles[a].text),
            "Talks only resumed at 12:30, port officials said.");
  EXPECT_EQ(found[0].claims.size(), 3u);
}

TEST(IntervalConflictTest, LengthWithinTheClockIntervalAgrees) {
  TestStory s;
  s.Add("Harbor Times",
        {"The minister left the hall shortly after 3 p.m. to take a call.",
         "He returned at about 3.40 p.m., aides said."},
        0, false);
  size_t b = s.Add("Coastal Post", {"Aides said the break lasted about forty minutes."}, 1, false);
  s.Quantity(b, "forty minutes", 40, "minute", "about");
  // A stated length with no absence word is not about the absence.
  size_t c =
      s.Add("Northern Ledger", {"The minister spoke for ten minutes at the dinner."}, 2, false);
  s.Quantity(c, "ten minutes", 10, "minute");
  std::vector<Article> articles;
  EXPECT_TRUE(Intervals(&s, &articles).empty());
}

}  // namespace
}  // namespace corroborate::reconcile_test
