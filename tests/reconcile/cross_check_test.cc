// The cross-check fact by fact, on invented stories: attribution ("according to X"), modality
// and hedges, support chains (copies and citing reports add no source), number conflicts
// against updates over time, weekday/date mismatches, and timeline entries that read as the
// event rather than a denial of it.
#include <gtest/gtest.h>

#include <string>

#include "reconcile/claims.h"
#include "reconcile/reconcile.h"
#include "reconcile/test_story.h"

namespace corroborate::reconcile_test {
namespace {

const Fact* FactWith(const StoryAccount& account, std::string_view words) {
  for (const Fact& f : account.facts) {
    if (f.statement.find(words) != std::string::npos) return &f;
  }
  return nullptr;
}

// The fact holding a sentence of the given article that contains words.
const Fact* FactCarrying(const StoryAccount& account, const std::vector<Article>& articles,
                         uint32_t article, std::string_view words) {
  for (const Fact& f : account.facts) {
    for (const Evidence& e : f.evidence) {
      if (e.article == article &&
          e.span.Of(articles[article].text).find(words) != std::string_view::npos) {
        return &f;
      }
    }
  }
  return nullptr;
}

// Reconcile reads the docs through pointers into the TestStory; articles gets copies of the
// same texts, for slicing evidence.
StoryAccount ReconcileStory(TestStory* s, std::vector<Article>* articles) {
  StoryInput input = s->Input();
  *articles = s->Articles();
  return Reconcile(input, *articles, "s1");
}

TEST(AttributionTest, AccordingToAndClaimVerbsNameTheParty) {
  TestStory s;
  size_t a = s.Add("Harbor Times",
                   {"Border Talks Resume",
                    "According to Yuri Halvorsen, the delegations agreed to meet again in Lenz "
                    "next month.",
                    "Varnia claimed its troops captured the border town of Selma on Sunday.",
                    "The ferry service between the two ports remains suspended, officials said."},
                   0);
  s.Entity(a, "Yuri Halvorsen", EntityType::kPerson, "Yuri Halvorsen");
  s.Entity(a, "Varnia", EntityType::kPlace, "Varnia");
  s.Entity(a, "Selma", EntityType::kPlace, "Selma");
  s.Entity(a, "Lenz", EntityType::kPlace, "Lenz");
  std::vector<Article> articles;
  StoryAccount acc = ReconcileStory(&s, &articles);

  const Fact* meet = FactWith(acc, "agreed to meet again");
  ASSERT_NE(meet, nullptr);
  ASSERT_EQ(meet->attributed_to.size(), 1u);
  EXPECT_EQ(meet->attributed_to[0].holder, "Yuri Halvorsen");
  EXPECT_EQ(meet->attributed_to[0].cue, "according to");
  EXPECT_EQ(meet->attributed_to[0].evidence.span.Of(articles[a].text),
            "According to Yuri Halvorsen");
  EXPECT_EQ(meet->proposition.place, "Lenz");

  const Fact* capture = FactWith(acc, "captured the border town");
  ASSERT_NE(capture, nullptr);
  ASSERT_FALSE(capture->attributed_to.empty());
  EXPECT_EQ(capture->attributed_to[0].holder, "Varnia");
  EXPECT_EQ(capture->attributed_to[0].cue, "claimed");
  EXPECT_EQ(capture->proposition.predicate, "captured");
  EXPECT_EQ(capture->proposition.object, "the border town");

  const Fact* ferry = FactWith(acc, "ferry service");
  ASSERT_NE(ferry, nullptr);
  ASSERT_EQ(ferry->attributed_to.size(), 1u);
  EXPECT_EQ(ferry->attributed_to[0].holder, "officials");
  EXPECT_EQ(ferry->proposition.subject, "The ferry service");
}

TEST(AttributionTest, OutletStatementHasNoAttribution) {
  TestStory s;
  size_t a = s.Add("Harbor Times",
                   {"Storm Closes Port",
                    "The storm closed the port of Lenz for two days and flooded the old quay."},
                   0);
  s.Entity(a, "Lenz", EntityType::kPlace, "Lenz");
  std::vector<Article> articles;
  StoryAccount acc = ReconcileStory(&s, &articles);
  const Fact* storm = FactWith(acc, "storm closed the port");
  ASSERT_NE(storm, nullptr);
  EXPECT_TRUE(storm->attributed_to.empty());
  EXPECT_EQ(storm->proposition.modality, "asserted");
  EXPECT_TRUE(storm->proposition.hedges.empty());
  EXPECT_FALSE(storm->proposition.negated);
}

TEST(ModalityTest, HedgedClaimsKeepTheirModality) {
  TestStory s;
  size_t a = s.Add("Coastal Post",
                   {"Ceasefire Could Begin Friday",
                    "A ceasefire may take effect along the river front on Friday.",
                    "The defence minister is expected to resign before the vote.",
                    "The convoy was reportedly stopped at the second checkpoint.",
                    "Negotiators did not sign the draft agreement."},
                   0);
  (void)a;
  std::vector<Article> articles;
  StoryAccount acc = ReconcileStory(&s, &articles);
  const Fact* ceasefire = FactWith(acc, "ceasefire may take effect");
  ASSERT_NE(ceasefire, nullptr);
  EXPECT_EQ(ceasefire->proposition.modality, "possible");
  EXPECT_EQ(ceasefire->proposition.hedges, std::vector<std::string>{"may"});

  const Fact* resign = FactWith(acc, "expected to resign");
  ASSERT_NE(resign, nullptr);
  EXPECT_EQ(resign->proposition.modality, "expected");
  EXPECT_EQ(resign->proposition.hedges, std::vector<std::string>{"is expected to"});

  const Fact* convoy = FactWith(acc, "reportedly stopped");
  ASSERT_NE(convoy, nullptr);
  EXPECT_EQ(convoy->proposition.modality, "reported");

  const Fact* sign = FactWith(acc, "did not sign");
  ASSERT_NE(sign, nullptr);
  EXPECT_TRUE(sign->proposition.negated);
  EXPECT_EQ(sign->proposition.modality, "asserted");
}

TEST(SupportChainTest, CopiesAndCitingReportsDoNotAddSources) {
  TestStory s;
  const std::string base =
      "Flood waters destroyed 120 homes in the village of Marrow on Sunday night";
  size_t times = s.Add("Harbor Times", {"Floods Hit Marrow", base + "."}, 0);
  size_t copy = s.Add("Daily Meridian", {"Marrow Flooded", base + "."}, 0);
  size_t citing =
      s.Add("Coastal Post", {"Marrow Homes Lost", base + ", the Harbor Times reported."}, 1);
  size_t ledger =
      s.Add("Northern Ledger", {"Village Flooded", base + ", according to The Guardian."}, 2);
  size_t wire = s.Add("Evening Wire", {"Floods in Marrow", base + ", The Guardian reported."}, 3);
  for (size_t d : {times, copy, citing, ledger, wire}) {
    s.Entity(d, "Marrow", EntityType::kPlace, "Marrow");
    s.Quantity(d, "120 homes", 120, "home");
  }
  StoryInput input = s.Input();
  input.sourcing[copy].syndicated_from = static_cast<int64_t>(times);
  input.sourcing[copy].copied_fraction = 0.97;
  std::vector<Article> articles = s.Articles();
  StoryAccount acc = Reconcile(input, articles, "s1");

  const Fact* flood = FactCarrying(acc, articles, static_cast<uint32_t>(times), "Flood waters");
  ASSERT_NE(flood, nullptr);
  ASSERT_EQ(flood->evidence.size(), 5u) << flood->statement;
  EXPECT_EQ(flood->independent_sources, 2);
  ASSERT_EQ(flood->support_chains.size(), 2u);
  const SupportChain& own = flood->support_chains[0];
  EXPECT_EQ(own.source, "Harbor Times");
  ASSERT_EQ(own.links.size(), 3u);
  EXPECT_EQ(own.links[0].via, "original");
  EXPECT_EQ(own.links[1].article, copy);
  EXPECT_EQ(own.links[1].via, "copy of a1");
  EXPECT_EQ(own.links[2].article, citing);
  EXPECT_EQ(own.links[2].via, "cites Harbor Times");
  const SupportChain& guardian = flood->support_chains[1];
  EXPECT_EQ(guardian.source, "The Guardian");
  ASSERT_EQ(guardian.links.size(), 2u);
  EXPECT_EQ(guardian.links[0].via, "cites The Guardian (not in this story)");
  EXPECT_EQ(guardian.links[1].article, wire);
}

TEST(SupportChainTest, IndependentOutletsEachCount) {
  TestStory s;
  size_t a = s.Add("Harbor Times",
                   {"Bridge Reopens", "The Lenz bridge reopened to traffic on Monday morning."}, 0);
  size_t b =
      s.Add("Coastal Post",
            {"Traffic Returns", "The Lenz bridge reopened to traffic on Monday morning."}, 1);
  for (size_t d : {a, b}) s.Entity(d, "Lenz", EntityType::kPlace, "Lenz");
  std::vector<Article> articles;
  StoryAccount acc = ReconcileStory(&s, &articles);
  const Fact* bridge = FactWith(acc, "bridge reopened");
  ASSERT_NE(bridge, nullptr);
  EXPECT_EQ(bridge->independent_sources, 2);
  EXPECT_EQ(bridge->status, FactStatus::kConfirmed);
  for (const SupportChain& c : bridge->support_chains) {
    ASSERT_EQ(c.links.size(), 1u);
    EXPECT_EQ(c.links[0].via, "original");
  }
}

// Two outlets, one sentence each, a quantity in each; published on the given days.
StoryAccount NumberStory(const std::string& a_text, const std::string& a_surface, double a_value,
                         const std::string& b_text, const std::string& b_surface, double b_value,
                         const std::string& unit, CivilDate a_day, CivilDate b_day,
                         std::vector<Article>* articles) {
  TestStory s;
  size_t a = s.Add("Harbor Times", {"Report", a_text}, 0);
  size_t b = s.Add("Coastal Post", {"Report", b_text}, 1);
  s.Quantity(a, a_surface, a_value, unit);
  s.Quantity(b, b_surface, b_value, unit);
  for (size_t d : {a, b}) {
    s.Entity(d, "Dunmore", EntityType::kPlace, "Dunmore");
    s.Entity(d, "Velna", EntityType::kPlace, "Velna");
  }
  s.Published(a, a_day);
  s.Published(b, b_day);
  return ReconcileStory(&s, articles);
}

int CountKind(const StoryAccount& acc, ConflictKind kind) {
  int n = 0;
  for (const Conflict& c : acc.conflicts) n += c.kind == kind;
  return n;
}

TEST(NumberConflictTest, ThreeHoursAgainstFourHours) {
  std::vector<Article> articles;
  const CivilDate day = CivilDate::Day(2025, 6, 3);
  StoryAccount acc =
      NumberStory("The meeting between the two delegations in Velna lasted three hours on Monday.",
                  "three hours", 3,
                  "The meeting between the two delegations in Velna lasted four hours on Monday.",
                  "four hours", 4, "hour", day, day, &articles);
  ASSERT_EQ(CountKind(acc, ConflictKind::kNumber), 1);
  const Conflict& c = acc.conflicts[0];
  EXPECT_NE(c.summary.find("3 hours"), std::string::npos) << c.summary;
  EXPECT_NE(c.summary.find("4 hours"), std::string::npos) << c.summary;
  EXPECT_TRUE(acc.updates.empty());
  for (const Fact& f : acc.facts) {
    if (f.statement.find("lasted") != std::string::npos) {
      EXPECT_EQ(f.status, FactStatus::kContested);
    }
  }
}

TEST(NumberConflictTest, TwelvePointPlanAgainstFourteen) {
  std::vector<Article> articles;
  const CivilDate day = CivilDate::Day(2025, 6, 3);
  StoryAccount acc = NumberStory(
      "The mediators presented a 12-point peace plan to both delegations in Velna.", "12-point", 12,
      "The mediators presented a 14-point peace plan to both delegations in Velna.", "14-point", 14,
      "point", day, day, &articles);
  ASSERT_EQ(CountKind(acc, ConflictKind::kNumber), 1);
  EXPECT_NE(acc.conflicts[0].summary.find("12 points"), std::string::npos)
      << acc.conflicts[0].summary;
  EXPECT_NE(acc.conflicts[0].summary.find("14 points"), std::string::npos)
      << acc.conflicts[0].summary;
}

TEST(UpdateTest, RisingDeathTollAcrossDaysIsAnUpdate) {
  std::vector<Article> articles;
  StoryAccount acc = NumberStory(
      "Ten people were killed when a passenger train derailed near Dunmore on Sunday.",
      "Ten people", 10,
      "Fourteen people were killed when a passenger train derailed near Dunmore on Sunday, "
      "officials said.",
      "Fourteen people", 14, "person", CivilDate::Day(2025, 6, 2), CivilDate::Day(2025, 6, 3),
      &articles);
  EXPECT_EQ(CountKind(acc, ConflictKind::kNumber), 0);
  ASSERT_EQ(acc.updates.size(), 1u);
  const FactUpdate& u = acc.updates[0];
  EXPECT_EQ(u.id, "u1");
  ASSERT_EQ(u.steps.size(), 2u);
  EXPECT_EQ(u.steps[0].value, "10 people");
  EXPECT_EQ(u.steps[0].as_of, CivilDate::Day(2025, 6, 2));
  EXPECT_EQ(u.steps[0].held_by, "Harbor Times");
  EXPECT_EQ(u.steps[1].value, "14 people");
  EXPECT_EQ(u.steps[1].as_of, CivilDate::Day(2025, 6, 3));
  EXPECT_NE(u.summary.find("killed"), std::string::npos) << u.summary;
  EXPECT_FALSE(u.facts.empty());
  for (const Fact& f : acc.facts) EXPECT_NE(f.status, FactStatus::kContested) << f.statement;
}

TEST(UpdateTest, SameDayOrFallingCountStaysAConflict) {
  std::vector<Article> articles;
  const std::string ten = "Ten people were killed when a passenger train derailed near Dunmore.";
  const std::string fourteen =
      "Fourteen people were killed when a passenger train derailed near Dunmore.";
  StoryAccount same_day =
      NumberStory(ten, "Ten people", 10, fourteen, "Fourteen people", 14, "person",
                  CivilDate::Day(2025, 6, 2), CivilDate::Day(2025, 6, 2), &articles);
  EXPECT_EQ(CountKind(same_day, ConflictKind::kNumber), 1);
  EXPECT_TRUE(same_day.updates.empty());
  // The later report gives fewer dead: outlets disagree, it is not a rising count.
  StoryAccount falling =
      NumberStory(ten, "Ten people", 10, fourteen, "Fourteen people", 14, "person",
                  CivilDate::Day(2025, 6, 3), CivilDate::Day(2025, 6, 2), &articles);
  EXPECT_EQ(CountKind(falling, ConflictKind::kNumber), 1);
  EXPECT_TRUE(falling.updates.empty());
}

TEST(WeekdayConflictTest, WeekdayThatDoesNotMatchTheDate) {
  TestStory s;
  // 5 March 2025 was a Wednesday.
  size_t a = s.Add("Harbor Times",
                   {"Talks Open",
                    "The talks opened in Velna on Tuesday, March 5, 2025, with both "
                    "foreign ministers present."},
                   0);
  size_t b = s.Add("Coastal Post",
                   {"Talks Open",
                    "The second round opened in Velna on Wednesday, March 5, 2025, "
                    "behind closed doors."},
                   1);
  for (size_t d : {a, b}) s.Entity(d, "Velna", EntityType::kPlace, "Velna");
  s.Published(a, CivilDate::Day(2025, 3, 5));
  s.Published(b, CivilDate::Day(2025, 3, 5));
  std::vector<Article> articles;
  StoryAccount acc = ReconcileStory(&s, &articles);
  ASSERT_EQ(CountKind(acc, ConflictKind::kDate), 1);
  const Conflict& c = acc.conflicts[0];
  EXPECT_NE(c.summary.find("Wednesday"), std::string::npos) << c.summary;
  EXPECT_NE(c.summary.find("Tuesday"), std::string::npos) << c.summary;
  ASSERT_EQ(c.sides.size(), 2u);
  EXPECT_EQ(c.sides[0].evidence[0].span.Of(articles[a].text), "Tuesday");
  EXPECT_EQ(c.sides[1].evidence[0].span.Of(articles[a].text), "March 5, 2025");
  ASSERT_EQ(c.facts.size(), 1u);
}

TEST(TimelineEventTest, EntryReadsAsTheEventNotItsDenialOrAftermath) {
  TestStory s;
  const CivilDate tue = CivilDate::Day(2025, 3, 4);
  size_t a = s.Add("Harbor Times",
                   {"Ministry Silent",
                    "The ministry stayed silent after Tuesday's meeting between Anna Brask and "
                    "Yuri Halvorsen in Velna, even as protests grew."},
                   0);
  size_t b = s.Add("Coastal Post",
                   {"Denial",
                    "On Tuesday, Yuri Halvorsen denied that the meeting with Anna Brask in Velna "
                    "had collapsed."},
                   1);
  for (size_t d : {a, b}) {
    s.Entity(d, "Anna Brask", EntityType::kPerson, "Anna Brask");
    s.Entity(d, "Yuri Halvorsen", EntityType::kPerson, "Yuri Halvorsen");
    s.Entity(d, "Velna", EntityType::kPlace, "Velna");
    s.Time(d, "Tuesday", tue);
  }
  std::vector<Article> articles;
  StoryAccount acc = ReconcileStory(&s, &articles);
  ASSERT_EQ(acc.timeline.size(), 1u);
  const TimelineEntry& t = acc.timeline[0];
  EXPECT_EQ(t.date, tue);
  EXPECT_EQ(t.event, "Tuesday's meeting between Anna Brask and Yuri Halvorsen in Velna");
  EXPECT_EQ(t.evidence.size(), 2u);
}

}  // namespace
}  // namespace corroborate::reconcile_test
