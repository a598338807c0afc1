#include "reconcile/quotes.h"

#include <gtest/gtest.h>

#include <algorithm>
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

namespace corroborate {
namespace {

using Story = testing::HandStory;

std::vector<AccountQuote> AlignStory(const Story& s) {
  StoryInput in = s.Input();
  return AlignQuotes(in, ResolveEntities(in));
}

TEST(AlignTranslatedQuotesTest, ThreeWordingsOfOneStatementAlign) {
  Story s;
  size_t a =
      s.AddDoc("Presidential aide Marta Kline called the meeting \"useful and meaningful.\"");
  size_t b = s.AddDoc(
      "After the session, Kline called the discussions \"very useful, constructive and "
      "substantive\" and said the next round would follow.");
  size_t c = s.AddDoc(
      "The talks were described by Marta Kline as \"constructive\" and \"substantive,\" though "
      "nothing was signed.");
  s.Mention(a, "Marta Kline", EntityType::kPerson);
  s.Mention(b, "Kline", EntityType::kPerson);
  s.Mention(c, "Marta Kline", EntityType::kPerson);
  s.AddQuote(a, "useful and meaningful.", "Marta Kline");
  s.AddQuote(b, "very useful, constructive and substantive", "Kline");
  s.AddQuote(c, "constructive", "Marta Kline");
  s.AddQuote(c, "substantive,", "Marta Kline");
  std::vector<AccountQuote> q = AlignStory(s);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker_name, "Marta Kline");
  EXPECT_EQ(q[0].text, "very useful, constructive and substantive");
  ASSERT_EQ(q[0].evidence.size(), 4u);
  EXPECT_EQ(q[0].evidence[0].span.Of(s.Text(a)), "useful and meaningful.");
}

TEST(AlignTranslatedQuotesTest, SynonymsNeedTheSameSpeakerAndAShortStatement) {
  Story s;
  size_t a = s.AddDoc("Marta Kline called the meeting \"useful and meaningful.\"");
  size_t b = s.AddDoc("Tom Hale called the meeting \"helpful and substantive.\"");
  size_t c = s.AddDoc(
      "Kline said: \"The new terminal will be useful for fishermen, meaningful for the town, and "
      "a burden for nobody once the dredging is paid for.\"");
  s.Mention(a, "Marta Kline", EntityType::kPerson);
  s.Mention(b, "Tom Hale", EntityType::kPerson);
  s.Mention(c, "Kline", EntityType::kPerson);
  s.AddQuote(a, "useful and meaningful.", "Marta Kline");
  s.AddQuote(b, "helpful and substantive.", "Tom Hale");
  s.AddQuote(c,
             "The new terminal will be useful for fishermen, meaningful for the town, and a burden "
             "for nobody once the dredging is paid for.",
             "Kline");
  // Another speaker's synonyms stay apart; so does a long statement that merely shares the
  // adjectives.
  EXPECT_EQ(AlignStory(s).size(), 3u);
}

TEST(AlignTranslatedQuotesTest, OneArticlesOwnSentencesDoNotJoinBySynonym) {
  Story s;
  size_t a = s.AddDoc(
      "Kline called the visit \"useful.\" Later Kline said the budget was \"helpful\" too.");
  s.Mention(a, "Kline", EntityType::kPerson);
  s.Mention(a, "Kline", EntityType::kPerson, 1);
  s.AddQuote(a, "useful.", "Kline", 0);
  s.AddQuote(a, "helpful", "Kline", 1, true, 1);
  EXPECT_EQ(AlignStory(s).size(), 2u);
}

TEST(AlignTranslatedQuotesTest, HeSheSkipAnOrganisationToReachAPerson) {
  Story s;
  size_t a = s.AddDoc(
      "The ministry said the port would reopen on Friday. Deputy minister Ana Kos toured the "
      "docks. \"We will not wait for the insurers,\" she said.");
  s.Mention(a, "ministry", EntityType::kOrganization);
  s.Mention(a, "Ana Kos", EntityType::kPerson);
  s.AddQuote(a, "the port would reopen on Friday", "The ministry", 0, false);
  s.AddQuote(a, "We will not wait for the insurers,", "she", 2);
  std::vector<AccountQuote> q = AlignStory(s);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[1].speaker_name, "Ana Kos");
  EXPECT_EQ(q[0].speaker_name, "ministry");
}

TEST(AlignTranslatedQuotesTest, SomeonesSpokesmanIsNotThatPerson) {
  Story s;
  size_t a = s.AddDoc("Kos\u2019s spokesman said the docks would reopen on Friday.");
  s.Mention(a, "Kos", EntityType::kPerson);
  s.AddQuote(a, "the docks would reopen on Friday", "Kos\u2019s spokesman", 0, false);
  std::vector<AccountQuote> q = AlignStory(s);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_EQ(q[0].speaker_name, "Kos\u2019s spokesman");
}

TEST(QuoteWordingTest, NegationPrefixesSynonymsAndNumbers) {
  QuoteWording w = AnalyzeWording("We will not sign the 12-point plan, but talks were useful.");
  EXPECT_TRUE(std::binary_search(w.negated.begin(), w.negated.end(), ConceptOf("sign")));
  EXPECT_TRUE(std::binary_search(w.affirmed.begin(), w.affirmed.end(), ConceptOf("helpful")));
  ASSERT_EQ(w.numbers.size(), 1u);
  EXPECT_EQ(w.numbers[0], 12);
  bool negative = false;
  EXPECT_EQ(ConceptOf("unconstructive", &negative), ConceptOf("constructive"));
  EXPECT_TRUE(negative);
  EXPECT_EQ(ConceptOf("useless", &negative), ConceptOf("useful"));
  EXPECT_TRUE(negative);
  EXPECT_EQ(ConceptOf("meaningful"), ConceptOf("substantive"));
  EXPECT_NE(ConceptOf("constructive"), ConceptOf("substantive"));
  EXPECT_EQ(ConceptOf("important", &negative), ConceptOf("significant"));
  EXPECT_FALSE(negative);  // "im-portant" is not a negated "portant"
  QuoteWording both = AnalyzeWording("neither closer nor further", false);
  EXPECT_TRUE(both.affirmed.empty());
  QuoteWording before = AnalyzeWording("productive", true);
  EXPECT_TRUE(
      std::binary_search(before.negated.begin(), before.negated.end(), ConceptOf("productive")));
}

}  // namespace
}  // namespace corroborate
