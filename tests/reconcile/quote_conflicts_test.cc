#include "reconcile/quote_conflicts.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "hand_story.h"
#include "reconcile/entities.h"
#include "reconcile/reconcile.h"

namespace corroborate {
namespace {

using Story = testing::HandStory;
constexpr EntityType kPerson = EntityType::kPerson;

// Outlets for the story's articles, in order.
std::vector<Article> Outlets(const std::vector<std::string>& names) {
  std::vector<Article> out;
  for (const std::string& n : names) {
    Article a;
    a.outlet = n;
    out.push_back(a);
  }
  return out;
}

std::vector<Conflict> QuoteConflicts(const Story& s, const std::vector<Article>& articles) {
  StoryInput in = s.Input();
  ResolvedEntities entities = ResolveEntities(in);
  ClaimSet claims;
  ConflictContext ctx{in, articles, claims, entities, nullptr};
  std::vector<Conflict> out;
  for (FoundConflict& f : FindQuoteConflicts(ctx, AlignQuoteOccurrences(in, entities))) {
    out.push_back(std::move(f.conflict));
  }
  return out;
}

TEST(QuoteConflictsTest, DroppedNegationIsAConflict) {
  Story s;
  size_t a = s.AddDoc("Harbour chief Ines Calder said: \"We will sign the agreement this week.\"");
  size_t b = s.AddDoc("Calder said: \"We will not sign the agreement this week.\"");
  size_t c = s.AddDoc("Calder told reporters: \"We will not sign the agreement this week.\"");
  s.Mention(a, "Ines Calder", kPerson);
  s.Mention(b, "Calder", kPerson);
  s.Mention(c, "Calder", kPerson);
  s.AddQuote(a, "We will sign the agreement this week.", "Ines Calder");
  s.AddQuote(b, "We will not sign the agreement this week.", "Calder");
  s.AddQuote(c, "We will not sign the agreement this week.", "Calder");
  std::vector<Conflict> found =
      QuoteConflicts(s, Outlets({"Harbour Times", "Coastal Post", "Northern Ledger"}));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, ConflictKind::kQuote);
  ASSERT_EQ(found[0].sides.size(), 2u);
  EXPECT_EQ(found[0].sides[0].held_by, "Harbour Times");
  EXPECT_EQ(found[0].sides[1].held_by, "Coastal Post, Northern Ledger");
  EXPECT_EQ(found[0].sides[1].evidence.size(), 2u);
  EXPECT_NE(found[0].summary.find("Ines Calder"), std::string::npos) << found[0].summary;
}

TEST(QuoteConflictsTest, NegationOutsideThePartialQuoteCounts) {
  Story s;
  size_t a = s.AddDoc("Calder called the talks \"productive.\"");
  size_t b = s.AddDoc("Calder said the talks were not \"productive\" at all.");
  s.Mention(a, "Calder", kPerson);
  s.Mention(b, "Calder", kPerson);
  s.AddQuote(a, "productive.", "Calder");
  s.AddQuote(b, "productive", "Calder");
  std::vector<Conflict> found = QuoteConflicts(s, Outlets({"A", "B"}));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].sides[0].held_by, "A");
  EXPECT_EQ(found[0].sides[1].held_by, "B");
}

TEST(QuoteConflictsTest, FlippedEvaluativeWordIsAConflict) {
  Story s;
  size_t a = s.AddDoc("Calder described the meeting as \"constructive.\"");
  size_t b = s.AddDoc("Calder described the meeting as \"unconstructive.\"");
  s.Mention(a, "Calder", kPerson);
  s.Mention(b, "Calder", kPerson);
  s.AddQuote(a, "constructive.", "Calder");
  s.AddQuote(b, "unconstructive.", "Calder");
  std::vector<Conflict> found = QuoteConflicts(s, Outlets({"A", "B"}));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].kind, ConflictKind::kQuote);
}

TEST(QuoteConflictsTest, ChangedNumberIsAConflict) {
  Story s;
  size_t a = s.AddDoc("Calder said: \"The plan has 12 points and we accept most of them.\"");
  size_t b = s.AddDoc("Calder said: \"The plan has 14 points and we accept most of them.\"");
  s.Mention(a, "Calder", kPerson);
  s.Mention(b, "Calder", kPerson);
  s.AddQuote(a, "The plan has 12 points and we accept most of them.", "Calder");
  s.AddQuote(b, "The plan has 14 points and we accept most of them.", "Calder");
  std::vector<Conflict> found = QuoteConflicts(s, Outlets({"A", "B"}));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0].summary.find("numbers"), std::string::npos) << found[0].summary;
}

TEST(QuoteConflictsTest, TrimmingAndTranslationAreNotConflicts) {
  Story s;
  size_t a = s.AddDoc(
      "Calder said: \"We made progress, but we are not there yet. The strike stays on for "
      "12 more days.\"");
  size_t b = s.AddDoc("Calder said the union had \"made progress\" in the talks.");
  size_t c = s.AddDoc("\"We made progress, but we are not there yet,\" Calder said.");
  size_t d = s.AddDoc("Calder called the meeting \"useful and meaningful.\"");
  size_t e = s.AddDoc("Calder called the meeting \"very useful, constructive and substantive.\"");
  for (size_t doc : {a, b, c, d, e}) s.Mention(doc, "Calder", kPerson);
  s.AddQuote(a, "We made progress, but we are not there yet. The strike stays on for 12 more days.",
             "Calder");
  s.AddQuote(b, "made progress", "Calder");
  s.AddQuote(c, "We made progress, but we are not there yet,", "Calder");
  s.AddQuote(d, "useful and meaningful.", "Calder");
  s.AddQuote(e, "very useful, constructive and substantive.", "Calder");
  StoryInput in = s.Input();
  QuoteAlignment aligned = AlignQuoteOccurrences(in, ResolveEntities(in));
  ASSERT_EQ(aligned.quotes.size(), 2u);  // the aligned wordings really are compared
  EXPECT_TRUE(QuoteConflicts(s, Outlets({"A", "B", "C", "D", "E"})).empty());
}

TEST(QuoteConflictsTest, SameWordsFromDifferentSpeakersIsAConflict) {
  Story s;
  size_t a = s.AddDoc(
      "Ines Calder said: \"The harbour will reopen on Monday and every fisherman will be "
      "paid.\"");
  size_t b = s.AddDoc(
      "Tom Hale said: \"The harbour will reopen on Monday and every fisherman will be paid.\"");
  size_t c = s.AddDoc("Tom Hale said: \"No comment.\" Ines Calder said: \"No comment.\"");
  s.Mention(a, "Ines Calder", kPerson);
  s.Mention(b, "Tom Hale", kPerson);
  s.Mention(c, "Tom Hale", kPerson);
  s.Mention(c, "Ines Calder", kPerson);
  s.AddQuote(a, "The harbour will reopen on Monday and every fisherman will be paid.",
             "Ines Calder");
  s.AddQuote(b, "The harbour will reopen on Monday and every fisherman will be paid.", "Tom Hale");
  s.AddQuote(c, "No comment.", "Tom Hale");
  s.AddQuote(c, "No comment.\" Ines", "Ines Calder");
  std::vector<Conflict> found = QuoteConflicts(s, Outlets({"A", "B", "C"}));
  ASSERT_EQ(found.size(), 1u);  // a stock phrase said by both is no conflict
  EXPECT_NE(found[0].summary.find("different speakers"), std::string::npos);
  ASSERT_EQ(found[0].sides.size(), 2u);
  EXPECT_EQ(found[0].sides[0].held_by, "A");
  EXPECT_EQ(found[0].sides[1].held_by, "B");
  EXPECT_EQ(found[0].sides[0].statement.rfind("Ines Calder: ", 0), 0u);
}

TEST(QuoteConflictsTest, ReconcileListsQuoteConflictsWithIds) {
  Story s;
  size_t a = s.AddDoc("Calder described the meeting as \"constructive.\"");
  size_t b = s.AddDoc("Calder described the meeting as \"unconstructive.\"");
  s.Mention(a, "Calder", kPerson);
  s.Mention(b, "Calder", kPerson);
  s.AddQuote(a, "constructive.", "Calder");
  s.AddQuote(b, "unconstructive.", "Calder");
  StoryAccount story = Reconcile(s.Input(), Outlets({"A", "B"}), "s1");
  ASSERT_EQ(story.quotes.size(), 1u);
  EXPECT_EQ(story.quotes[0].evidence.size(), 2u);
  size_t quote_conflicts = 0;
  for (const Conflict& c : story.conflicts) {
    if (c.kind != ConflictKind::kQuote) continue;
    ++quote_conflicts;
    EXPECT_EQ(c.id.rfind("c", 0), 0u);
  }
  EXPECT_EQ(quote_conflicts, 1u);
}

}  // namespace
}  // namespace corroborate
