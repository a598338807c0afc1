// Speakers of aligned quotes: pronoun agreement, unnamed sources, definite descriptions, and
// the alignment of one statement quoted in part or paraphrased by different outlets.
#include "reconcile/quote_speakers.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "hand_story.h"
#include "reconcile/entities.h"
#include "reconcile/quotes.h"

namespace corroborate {
namespace {

using Story = testing::HandStory;

constexpr EntityType kPerson = EntityType::kPerson;

std::vector<AccountQuote> Align(const Story& s) {
  StoryInput in = s.Input();
  return AlignQuotes(in, ResolveEntities(in));
}

const AccountQuote* WithText(const std::vector<AccountQuote>& q, const std::string& text) {
  for (const AccountQuote& a : q) {
    if (a.text == text) return &a;
  }
  return nullptr;
}

TEST(QuoteSpeakerFactsTest, GenderFromNamesAndHonorifics) {
  EXPECT_EQ(NameGender("Maria Lind"), Gender::kFemale);
  EXPECT_EQ(NameGender("Oleksandr Marchenko"), Gender::kMale);
  EXPECT_EQ(NameGender("Irena Sokolova"), Gender::kFemale);  // surname ending
  EXPECT_EQ(NameGender("Pavlo Kovalenkov"), Gender::kMale);
  EXPECT_EQ(NameGender("Kovalenkov"), Gender::kUnknown);  // a lone surname says nothing
  EXPECT_EQ(NameGender("Robin Hale"), Gender::kUnknown);
  EXPECT_EQ(HonorificGender("said Ms."), Gender::kFemale);
  EXPECT_EQ(HonorificGender("told Mr"), Gender::kMale);
  EXPECT_EQ(HonorificGender("the minister"), Gender::kUnknown);
  EXPECT_EQ(PronounGender("she"), Gender::kFemale);
  EXPECT_EQ(PronounGender("they"), Gender::kUnknown);
  EXPECT_TRUE(GendersAgree(Gender::kUnknown, Gender::kMale));
  EXPECT_FALSE(GendersAgree(Gender::kFemale, Gender::kMale));
}

TEST(QuoteSpeakerFactsTest, AnonymousAndDefiniteDescriptions) {
  EXPECT_TRUE(IsAnonymousDescription("a U.S. official"));
  EXPECT_TRUE(IsAnonymousDescription("sources close to the Kremlin"));
  EXPECT_TRUE(IsAnonymousDescription("Two EU diplomats"));
  EXPECT_TRUE(IsAnonymousDescription("Varnian officials"));
  EXPECT_FALSE(IsAnonymousDescription("the ministry"));
  EXPECT_FALSE(IsAnonymousDescription("the coach"));
  EXPECT_EQ(DefiniteHead("The company"), "company");
  EXPECT_EQ(DefiniteHead("the foreign ministry"), "ministry");
  EXPECT_EQ(DefiniteHead("the Kestrian foreign ministry"), "");
  EXPECT_EQ(DefiniteHead("a spokesman"), "");
  EXPECT_TRUE(IsOrganisationHead("company"));
  EXPECT_FALSE(IsOrganisationHead("coach"));
}

TEST(QuotePronounTest, SheNeverResolvesToAMan) {
  Story s;
  size_t a = s.AddDoc(
      "Port director Jonas Berg opened the hearing. Council member Maria Lind asked about the "
      "cranes. \"We were never told,\" she said.");
  s.Mention(a, "Jonas Berg", kPerson);
  s.Mention(a, "Maria Lind", kPerson);
  s.AddQuote(a, "We were never told,", "she", 2);
  std::vector<AccountQuote> q = Align(s);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker_name, "Maria Lind");
}

TEST(QuotePronounTest, PronounThatAgreesWithNobodyStaysUnresolved) {
  Story s;
  size_t a = s.AddDoc(
      "Jonas Berg said the cranes \"were old.\" \"They should have been replaced,\" she said.");
  s.Mention(a, "Jonas Berg", kPerson);
  s.AddQuote(a, "were old.", "Jonas Berg", 0);
  s.AddQuote(a, "They should have been replaced,", "she", 1);
  std::vector<AccountQuote> q = Align(s);
  const AccountQuote* second = WithText(q, "They should have been replaced,");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->speaker, "");  // unsure: no speaker rather than the wrong one
}

TEST(QuotePronounTest, TheyDoesNotContinueOnePerson) {
  Story s;
  size_t a = s.AddDoc(
      "Jonas Berg said the cranes \"were old.\" Dock workers agreed. \"We fix them every week,\" "
      "they said.");
  s.Mention(a, "Jonas Berg", kPerson);
  s.AddQuote(a, "were old.", "Jonas Berg", 0);
  s.AddQuote(a, "We fix them every week,", "they", 2);
  std::vector<AccountQuote> q = Align(s);
  const AccountQuote* second = WithText(q, "We fix them every week,");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->speaker, "");
}

TEST(QuotePronounTest, NameInThePreviousAttributionKeepsThatSpeaker) {
  // The new paragraph's "He" continues the analyst named in the attribution before it, not the
  // person named first in that sentence.
  Story s;
  size_t a = s.AddDoc(
      "Talks with Ortiz are \"a show of unity,\" Daniel Roe, an analyst at Harbour Partners, "
      "said.\nHe said \"a quick deal remains unlikely.\"");
  s.Mention(a, "Ortiz", kPerson);
  s.Mention(a, "Daniel Roe", kPerson);
  s.AddQuote(a, "a show of unity,", "Daniel Roe", 0);
  s.AddQuote(a, "a quick deal remains unlikely.", "He", 1);
  std::vector<AccountQuote> q = Align(s);
  const AccountQuote* second = WithText(q, "a quick deal remains unlikely.");
  ASSERT_NE(second, nullptr);
  EXPECT_EQ(second->speaker_name, "Daniel Roe");
}

TEST(QuoteDescriptionTest, TheCompanyAndTheMinistryReferBack) {
  Story s;
  size_t a = s.AddDoc(
      "Last week Nordfrakt, the largest ferry operator, reported lower profits. The company said "
      "fuel costs had \"doubled.\"");
  size_t b = s.AddDoc(
      "The exchange will happen on Friday, the Ostrian foreign ministry said. According to the "
      "ministry, the minister will report on Thursday.");
  s.Mention(a, "Nordfrakt", EntityType::kOrganization);
  s.AddQuote(a, "doubled.", "The company", 1);
  s.AddQuote(b, "The exchange will happen on Friday", "the Ostrian foreign ministry", 0, false);
  s.AddQuote(b, "the minister will report on Thursday", "the ministry", 1, false);
  std::vector<AccountQuote> q = Align(s);
  const AccountQuote* fuel = WithText(q, "doubled.");
  ASSERT_NE(fuel, nullptr);
  EXPECT_EQ(fuel->speaker_name, "Nordfrakt");
  const AccountQuote* report = WithText(q, "the minister will report on Thursday");
  ASSERT_NE(report, nullptr);
  EXPECT_EQ(report->speaker_name, "the Ostrian foreign ministry");
}

TEST(QuoteDescriptionTest, TheCompanyWithTwoCandidatesStaysUnresolved) {
  Story s;
  size_t a = s.AddDoc(
      "Nordfrakt and Baltline both reported lower profits. The company said fuel costs had "
      "\"doubled.\"");
  s.Mention(a, "Nordfrakt", EntityType::kOrganization);
  s.Mention(a, "Baltline", EntityType::kOrganization);
  s.AddQuote(a, "doubled.", "The company", 1);
  std::vector<AccountQuote> q = Align(s);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].speaker, "");
  EXPECT_EQ(q[0].speaker_name, "the company");
}

TEST(QuoteAlignmentTest, AnonymousSourceNeverMergesWithANamedPerson) {
  Story s;
  size_t a = s.AddDoc("A port official said the terminal would reopen on Monday morning.");
  size_t b = s.AddDoc("Jonas Berg said the terminal would reopen on Monday morning.");
  s.Mention(b, "Jonas Berg", kPerson);
  s.AddQuote(a, "the terminal would reopen on Monday morning", "A port official", 0, false);
  s.AddQuote(b, "the terminal would reopen on Monday morning", "Jonas Berg", 0, false);
  std::vector<AccountQuote> q = Align(s);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_NE(q[0].speaker_name, q[1].speaker_name);
}

TEST(QuoteAlignmentTest, PartialQuoteAndParaphraseShareALongRun) {
  Story s;
  size_t a = s.AddDoc(
      "Lind said both unions had accepted the draft \"as a basis for the next round, not as a "
      "final text\".");
  size_t b = s.AddDoc(
      "The city wrote a draft that Lind said both unions had accepted as a basis for the next "
      "round.");
  size_t c = s.AddDoc("Lind said the mood was \"as good as it gets for the next round\".");
  for (size_t d : {a, b, c}) s.Mention(d, "Lind", kPerson);
  s.AddQuote(a, "as a basis for the next round, not as a final text", "Lind");
  s.AddQuote(b, "both unions had accepted as a basis for the next round", "Lind", 0, false);
  s.AddQuote(c, "as good as it gets for the next round", "Lind");
  std::vector<AccountQuote> q = Align(s);
  ASSERT_EQ(q.size(), 2u);
  EXPECT_EQ(q[0].evidence.size(), 2u);  // the basis statement in two outlets
  EXPECT_EQ(q[1].evidence.size(), 1u);  // "for the next round" alone is not enough
}

TEST(QuoteAlignmentTest, WaitingAndAwaitedAreOneStatement) {
  Story s;
  size_t a = s.AddDoc("Ortiz said he was \"waiting for signals\" from the council.");
  size_t b = s.AddDoc(
      "Ortiz said the city was watching closely and awaited signals from the "
      "council.");
  s.Mention(a, "Ortiz", kPerson);
  s.Mention(b, "Ortiz", kPerson);
  s.AddQuote(a, "waiting for signals", "Ortiz");
  s.AddQuote(b, "the city was watching closely and awaited signals from the council", "Ortiz", 0,
             false);
  std::vector<AccountQuote> q = Align(s);
  ASSERT_EQ(q.size(), 1u);
  EXPECT_EQ(q[0].evidence.size(), 2u);
}

}  // namespace
}  // namespace corroborate
