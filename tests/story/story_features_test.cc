// The cheap features of story clustering: names, places, dates, numbers and words, and how
// they are normalised so that two outlets' spellings of one thing meet.
#include "story/story_features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace corroborate {
namespace {

float CountOf(const std::vector<TermCount>& terms, uint32_t term) {
  auto it = std::lower_bound(terms.begin(), terms.end(), term,
                             [](const TermCount& t, uint32_t v) { return t.term < v; });
  return it != terms.end() && it->term == term ? it->count : 0.0f;
}

class StoryFeaturesTest : public ::testing::Test {
 protected:
  StoryFeatures Extract(const std::string& text, const std::string& title = "") {
    return extractor_.Extract(title, text, kNoDay);
  }
  static uint32_t Name(const char* s) { return MakeTerm(s, TermKind::kName); }
  static uint32_t Word(const char* s) { return MakeTerm(s, TermKind::kWord); }
  static uint32_t Date(const char* s) { return MakeTerm(s, TermKind::kDate); }
  static uint32_t Number(const char* s) { return MakeTerm(s, TermKind::kNumber); }
  StoryFeatureExtractor extractor_;
};

TEST_F(StoryFeaturesTest, NamesMidSentenceAreNamesWithTheirFullForm) {
  StoryFeatures f = Extract(
      "Police said Rosa Quispe Mamani led the rescue in the morning. The police chief agreed.");
  EXPECT_GT(CountOf(f.terms, Name("rosa")), 0);
  EXPECT_GT(CountOf(f.terms, Name("quispe")), 0);
  EXPECT_GT(CountOf(f.terms, Name("rosa quispe mamani")), 0);
  EXPECT_GT(CountOf(f.terms, Word("rescu")), 0) << "stemmed content word";
  EXPECT_EQ(CountOf(f.terms, Word("the")), 0) << "function word";
  EXPECT_FLOAT_EQ(CountOf(f.terms, Name("police")), 0.5f * 2.0f)
      << "capitalised only at a sentence start: half a name";
}

TEST_F(StoryFeaturesTest, SentenceStartCountsAsNameWhenWrittenSoElsewhere) {
  StoryFeatures f = Extract("Vardanyan arrived late. Talks with Vardanyan lasted six hours.");
  EXPECT_GT(CountOf(f.terms, Name("vardanyan")), 1.5f);
  // Only at sentence starts, never in lower case: half a name, half a word.
  StoryFeatures g = Extract("Mammadli arrived late. Rescuers searched the rubble.");
  EXPECT_FLOAT_EQ(CountOf(g.terms, Name("mammadli")), 0.5f * 2.0f);  // headline line weight 2
  EXPECT_FLOAT_EQ(CountOf(g.terms, Word("mammadli")), 0.5f * 2.0f);
}

TEST_F(StoryFeaturesTest, HeadlineCapitalsProveNothing) {
  StoryFeatures f = Extract(
      "Ellen DeGeneres To Host Oscars Again\n"
      "The academy said on Friday that Ellen DeGeneres will host the Oscars in March.");
  EXPECT_GT(CountOf(f.terms, Name("degeneres")), 0);
  EXPECT_GT(CountOf(f.terms, Name("oscars")), 0);
  EXPECT_FLOAT_EQ(CountOf(f.terms, Name("host")), 0.5f * 2.0f) << "title case: half a name";
  EXPECT_FLOAT_EQ(CountOf(f.terms, Word("host")), 0.5f * 2.0f + 1.5f);
  EXPECT_FLOAT_EQ(CountOf(f.terms, Name("degeneres")), 2.0f + 1.5f) << "headline 2, lead 1.5";
}

TEST_F(StoryFeaturesTest, PlacesFromCuesAndTheLexicon) {
  StoryFeatures f = Extract(
      "The ministers met in Geneva on Sunday, before flying to Vienna. Geneva hosted them "
      "again.");
  EXPECT_GT(CountOf(f.places, Name("geneva")), 1.0f) << "every mention once it is a place";
  EXPECT_GT(CountOf(f.places, Name("vienna")), 0) << "a known capital";
  EXPECT_EQ(CountOf(f.places, Name("sunday")), 0);
  StoryFeatures g = Extract("Talks opened in Celendin Valley and ended with Rosa Quispe.");
  EXPECT_GT(CountOf(g.places, Name("celendin valley")), 0);
  EXPECT_EQ(CountOf(g.places, Name("rosa")), 0);
}

TEST_F(StoryFeaturesTest, DatesInEitherOrderMeet) {
  StoryFeatures a = Extract("The vote was held on Dec. 14 in Ashgabat.");
  StoryFeatures b = Extract("Voting began on 14 December 2008 across the country.");
  EXPECT_GT(CountOf(a.terms, Date("12-14")), 0);
  EXPECT_GT(CountOf(b.terms, Date("12-14")), 0);
  EXPECT_GT(CountOf(b.terms, Date("2008")), 0) << "a year is a date";
  EXPECT_EQ(CountOf(b.terms, Number("14")), 0) << "the day is part of the date";
  StoryFeatures c = Extract("He may resign, officials said in March.");
  EXPECT_EQ(CountOf(c.terms, Date("5")), 0) << "\"may\" is not May";
  EXPECT_GT(CountOf(c.terms, Date("3")), 0);
}

TEST_F(StoryFeaturesTest, NumbersNormalised) {
  StoryFeatures f = Extract("A magnitude 6.4 quake killed 1,200 people and injured 6th-graders.");
  EXPECT_GT(CountOf(f.terms, Number("6.4")), 0);
  EXPECT_GT(CountOf(f.terms, Number("1200")), 0);
  EXPECT_GT(CountOf(f.terms, Number("6")), 0) << "ordinal";
}

TEST_F(StoryFeaturesTest, SpellingVariantsMeet) {
  StoryFeatures a = Extract("Thieves raided a jeweller on Place Vendôme while Gérard watched.");
  StoryFeatures b =
      Extract("Thieves raided a jeweller on Place Vendome while Gerard's team watched.");
  EXPECT_GT(CountOf(a.terms, Name("vendome")), 0);
  EXPECT_GT(CountOf(b.terms, Name("vendome")), 0);
  EXPECT_GT(CountOf(a.terms, Name("gerard")), 0);
  EXPECT_GT(CountOf(b.terms, Name("gerard")), 0) << "possessive removed";
  StoryFeatures c = Extract("The coach was fired on Monday after firing two assistants.");
  EXPECT_FLOAT_EQ(CountOf(c.terms, Word("fir")), 2.0f * 2.0f);
}

TEST_F(StoryFeaturesTest, TitleIsReadWhenTheTextLacksIt) {
  StoryFeatures f = Extract("Body text about the harbour.", "Storm closes Rotterdam port");
  EXPECT_GT(CountOf(f.places, Name("rotterdam")), 0);
  const std::string text = "Storm closes Rotterdam port\nA storm closed the port on Friday.";
  StoryFeatures g = Extract(text, "Storm closes Rotterdam port");
  StoryFeatures h = Extract(text);
  EXPECT_FLOAT_EQ(CountOf(g.terms, Word("storm")), CountOf(h.terms, Word("storm")))
      << "a title the text starts with is not read twice";
}

TEST_F(StoryFeaturesTest, LinksAndOddBytesAreHarmless) {
  StoryFeatures f = Extract("See https://example.com/a/b?c=d for more. \xff\xfe broken \xe2\x80");
  EXPECT_EQ(CountOf(f.terms, Word("https")), 0);
  EXPECT_EQ(CountOf(f.terms, Word("exampl")), 0);
  EXPECT_TRUE(Extract("").terms.empty());
  EXPECT_TRUE(Extract("\n\n  \n").terms.empty());
}

TEST(PublishDayTest, KnownDayOnly) {
  Timestamp t;
  EXPECT_EQ(PublishDay(t), kNoDay);
  t.date = CivilDate::Month(2025, 3);
  EXPECT_EQ(PublishDay(t), kNoDay);
  t.date = CivilDate::Day(1970, 1, 2);
  EXPECT_EQ(PublishDay(t), 1);
  t.year_inferred = true;
  EXPECT_EQ(PublishDay(t), kNoDay) << "an inferred year may be a year off";
}

}  // namespace
}  // namespace corroborate
