#include "reconcile/quotes.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "hand_story.h"
#include "reconcile/entities.h"

namespace corroborate {
namespace {

using Story = testing::HandStory;

constexpr EntityType kPerson = EntityType::kPerson;

std::vector<AccountQuote> Align(const Story& s) {
  StoryInput in = s.Input();
  return AlignQuotes(in, ResolveEntities(in));
}

TEST(AlignQuotesTest, PartialQuoteBySameSpeakerAlignsAcrossArticles) {
  Story s;
  size_t a = s.AddDoc(
      "Mayor Ilse Varga warned the council on Tuesday. \"If the council blocks the budget, we are "
      "ready right now to call a referendum,\" Varga said.");
  size_t b = s.AddDoc("Varga said the city was ready \"right now\" to go to the voters.");
  s.Mention(a, "Ilse Varga", kPerson);
  s.Mention(a, "Varga", kPerson, 1);
  s.Mention(b, "Varga", kPerson);
  s.AddQuote(a, "If the council blocks the budget, we are ready right now to call a referendum,",
             "Varga", 1, true, 1);
  s.AddQuote(b, "right now", "Varga");
  std::vector<AccountQuote> q = Align(s);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].id, "q1");
  EXPECT_EQ(q[0].speaker, "e1");
  EXPECT_EQ(q[0].speaker_name, "Ilse Varga");
  EXPECT_EQ(q[0].text,
            "If the council blocks the budget, we are ready right now to call a referendum,");
  EXPECT_TRUE(q[0].direct);
  ASSERT_EQ(q[0].evidence.size(), 2u);
  EXPECT_EQ(q[0].evidence[0].article, 0u);
  EXPECT_EQ(q[0].evidence[1].article, 1u);
  EXPECT_EQ(q[0].evidence[1].span.Of(s.Text(b)), "right now");
}

TEST(AlignQuotesTest, RewordedIndirectQuoteAlignsByWordOverlap) {
  Story s;
  size_t a = s.AddDoc("Varga said the budget vote would be held on Friday morning.");
  size_t b = s.AddDoc("The budget vote would be held Friday morning, Varga said.");
  s.Mention(a, "Varga", kPerson);
  s.Mention(b, "Varga", kPerson);
  s.AddQuote(a, "the budget vote would be held on Friday morning", "Varga", 0, false);
  s.AddQuote(b, "The budget vote would be held Friday morning", "Varga", 0, false);
  std::vector<AccountQuote> q = Align(s);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_FALSE(q[0].direct);
  EXPECT_EQ(q[0].text, "the budget vote would be held on Friday morning");
  EXPECT_EQ(q[0].evidence.size(), 2u);
}

TEST(AlignQuotesTest, SameWordsByDifferentSpeakersStayApart) {
  Story s;
  size_t a = s.AddDoc("Ann Berg said: \"We will not sign this deal.\"");
  size_t b = s.AddDoc("Tom Hale said: \"We will not sign this deal.\"");
  s.Mention(a, "Ann Berg", kPerson);
  s.Mention(b, "Tom Hale", kPerson);
  s.AddQuote(a, "We will not sign this deal.", "Ann Berg");
  s.AddQuote(b, "We will not sign this deal.", "Tom Hale");
  std::vector<AccountQuote> q = Align(s);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker_name, "Ann Berg");
  EXPECT_EQ(q[1].speaker_name, "Tom Hale");
  EXPECT_EQ(q[0].evidence.size(), 1u);
}

TEST(AlignQuotesTest, UnresolvedSpeakerJoinsOnlyOneSide) {
  Story s;
  size_t a = s.AddDoc("Ann Berg said: \"We will not sign this deal.\"");
  size_t b = s.AddDoc("Tom Hale said: \"We will not sign this deal.\"");
  size_t c = s.AddDoc("\"We will not sign this deal,\" the statement read.");
  s.Mention(a, "Ann Berg", kPerson);
  s.Mention(b, "Tom Hale", kPerson);
  s.AddQuote(a, "We will not sign this deal.", "Ann Berg");
  s.AddQuote(b, "We will not sign this deal.", "Tom Hale");
  s.AddQuote(c, "We will not sign this deal,", "");
  std::vector<AccountQuote> q = Align(s);
  ASSERT_EQ(q.size(), 2u);  // the unattributed copy joins one speaker, never both
  EXPECT_EQ(q[0].evidence.size() + q[1].evidence.size(), 3u);
  EXPECT_NE(q[0].speaker, q[1].speaker);
}

TEST(AlignQuotesTest, PronounResolvesToNearestPersonOutsideTheQuote) {
  Story s;
  size_t a = s.AddDoc(
      "Union secretary Mara Lindqvist spoke at the gate. \"Ask Tom Hale about the money,\" she "
      "said.");
  s.Mention(a, "Mara Lindqvist", kPerson);
  s.Mention(a, "Tom Hale", kPerson);
  s.AddQuote(a, "Ask Tom Hale about the money,", "she", 1);
  std::vector<AccountQuote> q = Align(s);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker_name, "Mara Lindqvist");
  EXPECT_EQ(q[0].speaker, "e1");
}

TEST(AlignQuotesTest, PronounAfterAQuoteKeepsThatSpeaker) {
  Story s;
  size_t a = s.AddDoc(
      "Tom Hale said the terminal was shut. \"Nothing moves tonight,\" Hale said. Ann Berg "
      "listened. \"And nothing moves tomorrow,\" he added.");
  s.Mention(a, "Tom Hale", kPerson);
  s.Mention(a, "Hale", kPerson, 1);
  s.Mention(a, "Ann Berg", kPerson);
  s.AddQuote(a, "Nothing moves tonight,", "Hale", 1, true, 1);
  s.AddQuote(a, "And nothing moves tomorrow,", "he", 3);
  std::vector<AccountQuote> q = Align(s);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker_name, "Tom Hale");
  EXPECT_EQ(q[1].speaker_name, "Tom Hale");
  EXPECT_EQ(q[1].speaker, q[0].speaker);
}

TEST(AlignQuotesTest, AnonymousDescriptionKeptWithoutEntity) {
  Story s;
  size_t a = s.AddDoc(
      "A U.S. official said the plan \"will fall apart within weeks.\" \"Then we start over,\" "
      "he added.");
  s.Mention(a, "U.S.", EntityType::kPlace);
  s.AddQuote(a, "will fall apart within weeks.", "A U.S. official", 0);
  s.AddQuote(a, "Then we start over,", "he", 1);
  std::vector<AccountQuote> q = Align(s);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_EQ(q[0].speaker_name, "a U.S. official");
  EXPECT_EQ(q[1].speaker, "");
  EXPECT_EQ(q[1].speaker_name, "a U.S. official");
}

TEST(AlignQuotesTest, OrganisationSpeakerAndEmptySpeaker) {
  Story s;
  size_t a = s.AddDoc("The Kremlin said talks were \"useful and meaningful.\" \"No comment.\"");
  s.Mention(a, "Kremlin", EntityType::kOrganization);
  s.AddQuote(a, "useful and meaningful.", "The Kremlin");
  s.AddQuote(a, "No comment.", "");
  std::vector<AccountQuote> q = Align(s);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].speaker_name, "Kremlin");
  EXPECT_EQ(q[0].speaker, "e1");
  EXPECT_EQ(q[1].speaker, "");
  EXPECT_EQ(q[1].speaker_name, "");
}

TEST(AlignQuotesTest, SpeakerFoundBySpellingWhenNotTagged) {
  Story s;
  size_t a = s.AddDoc("Ilse Varga opened the session.");
  size_t b = s.AddDoc("\"The vote stands,\" Varga told reporters.");
  s.Mention(a, "Ilse Varga", kPerson);
  s.AddQuote(b, "The vote stands,", "Varga");
  std::vector<AccountQuote> q = Align(s);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker_name, "Ilse Varga");
}

TEST(AlignQuotesTest, QuotesCarriedByMoreArticlesComeFirst) {
  Story s;
  size_t a = s.AddDoc("Berg said \"first words here today.\" Berg said \"the port stays shut.\"");
  size_t b = s.AddDoc("\"The port stays shut,\" Berg said.");
  s.Mention(a, "Berg", kPerson);
  s.Mention(a, "Berg", kPerson, 1);
  s.Mention(b, "Berg", kPerson);
  s.AddQuote(a, "first words here today.", "Berg", 0);
  s.AddQuote(a, "the port stays shut.", "Berg", 1, true, 1);
  s.AddQuote(b, "The port stays shut,", "Berg");
  std::vector<AccountQuote> q = Align(s);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].evidence.size(), 2u);
  EXPECT_EQ(q[0].id, "q1");
  EXPECT_EQ(q[1].text, "first words here today.");
  EXPECT_EQ(q[1].id, "q2");
}

TEST(AlignQuotesTest, ShortCommonPhraseDoesNotJoinUnattributedQuotes) {
  Story s;
  // "It is not" lies inside the longer quote, but function words alone tie nothing together.
  size_t a = s.AddDoc("\"It is not,\" one resident said.");
  size_t b = s.AddDoc("\"It is not the time to sell the farm,\" a trader said.");
  s.AddQuote(a, "It is not,", "one resident");
  s.AddQuote(b, "It is not the time to sell the farm,", "a trader");
  EXPECT_EQ(Align(s).size(), 2u);
}

TEST(AlignQuotesTest, BadSpansAndEmptyInput) {
  EXPECT_TRUE(AlignQuotes(StoryInput{}, ResolvedEntities{}).empty());
  Story s;
  size_t a = s.AddDoc("Short.");
  StoryInput in = s.Input();
  Quote q;
  q.text = {100, 120};
  q.speaker = {3, 200};
  const_cast<AnnotatedDoc*>(in.docs[a])->quotes.push_back(q);
  EXPECT_TRUE(AlignQuotes(in, ResolveEntities(in)).empty());
}

}  // namespace
}  // namespace corroborate
