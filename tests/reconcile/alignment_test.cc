// Alignment evidence beyond shared words: derivational roots, the no-outcome class, claims that
// carry the same aligned quote, and a sentence telling two facts supporting both. Each behaviour
// is checked both ways: the paraphrase aligns, and different facts sharing words stay apart.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "reconcile/claims.h"
#include "reconcile/facts.h"
#include "reconcile/quotes.h"
#include "reconcile/test_story.h"

namespace corroborate::reconcile_test {
namespace {

struct Aligned {
  StoryInput input;
  ResolvedEntities entities;
  ClaimSet claims;
  std::vector<std::vector<uint32_t>> groups;
};

Aligned Align(TestStory* s, const std::vector<std::pair<uint32_t, uint32_t>>& links = {}) {
  Aligned a;
  a.input = s->Input();
  a.entities = s->Entities();
  a.claims = BuildClaims(a.input, a.entities);
  a.groups = AlignClaims(a.claims, AlignOptions{}, links);
  return a;
}

// Index of the group holding sentence s of doc d, or -1.
int GroupOf(const Aligned& a, size_t d, size_t s) {
  const uint32_t claim = a.claims.doc_begin[d] + static_cast<uint32_t>(s);
  for (size_t g = 0; g < a.groups.size(); ++g) {
    for (uint32_t c : a.groups[g]) {
      if (c == claim) return static_cast<int>(g);
    }
  }
  return -1;
}

TEST(WordRootTest, NounsMadeFromVerbsMeetTheVerb) {
  EXPECT_EQ(WordRoot("resignation"), WordRoot("resigned"));
  EXPECT_EQ(WordRoot("agreement"), WordRoot("agreed"));
  EXPECT_EQ(WordRoot("withdrawal"), WordRoot("withdraw"));
  EXPECT_EQ(WordRoot("rejection"), WordRoot("rejected"));
  EXPECT_EQ(WordRoot("negotiations"), WordRoot("negotiated"));
  EXPECT_EQ(WordRoot("proposal"), WordRoot("proposed"));
  // Short words keep their ending: "nation", "station", "total" are not verbs' nouns.
  EXPECT_NE(WordRoot("nation"), WordRoot("nate"));
  EXPECT_NE(WordRoot("station"), WordRoot("state"));
  EXPECT_NE(WordRoot("union"), WordRoot("unit"));
  EXPECT_EQ(WordRoot("total"), StemWord("total"));
  EXPECT_EQ(WordRoot("^un"), "^un");
}

// Two outlets say the talks failed with different nouns ("no progress", "without a
// breakthrough"); a third reports an agreement between the same parties.
TEST(AlignmentTest, NoOutcomeParaphrasesAlignButAnAgreementStaysApart) {
  TestStory s;
  const size_t a =
      s.Add("Basin Herald",
            {"Water talks between Ostrava Basin and the Drennic Republic ended without a "
             "breakthrough, leaving the dam dispute unresolved."},
            0, false);
  const size_t b = s.Add("Lowland Wire",
                         {"Drennic and Ostrava Basin negotiators made no progress in the water "
                          "talks, officials on both sides said."},
                         1, false);
  const size_t c = s.Add("Valley Post",
                         {"The Drennic Republic signed an agreement with Ostrava Basin on sharing "
                          "weather data."},
                         2, false);
  for (size_t d : {a, b, c}) {
    s.Entity(d, "Ostrava Basin", EntityType::kPlace, "Ostrava Basin");
    s.Entity(d, "Drennic Republic", EntityType::kPlace, "Drennic Republic");
    s.Entity(d, "Drennic", EntityType::kPlace, "Drennic Republic");
  }
  Aligned al = Align(&s);
  ASSERT_GE(GroupOf(al, a, 0), 0);
  EXPECT_EQ(GroupOf(al, a, 0), GroupOf(al, b, 0));
  EXPECT_NE(GroupOf(al, a, 0), GroupOf(al, c, 0)) << "an agreement is not a failed talk";
  // What the two failure wordings share is the class, which the agreement does not carry.
  const int32_t no_outcome = al.claims.StemId("\x01o");
  ASSERT_GE(no_outcome, 0);
  auto holds = [&](size_t doc) {
    for (const auto& [f, w] : al.claims.claims[al.claims.doc_begin[doc]].vec) {
      if (f == no_outcome) return true;
    }
    return false;
  };
  EXPECT_TRUE(holds(a));
  EXPECT_TRUE(holds(b));
  EXPECT_FALSE(holds(c));
}

TEST(AlignmentTest, NoOutcomeClassNeedsTheNegationNearTheNoun) {
  TestStory s;
  const size_t a = s.Add("One",
                         {"Negotiators failed to reach a deal on the dam.",
                          "No one expected the talks to end in a breakthrough this week.",
                          "The talks made progress, but no date was set for the next round."},
                         0, false);
  Aligned al = Align(&s);
  const int32_t no_outcome = al.claims.StemId("\x01o");
  auto holds = [&](size_t sentence) {
    for (const auto& [f, w] : al.claims.claims[al.claims.doc_begin[a] + sentence].vec) {
      if (f == no_outcome) return true;
    }
    return false;
  };
  EXPECT_TRUE(holds(0)) << "failed to reach a deal";
  EXPECT_FALSE(holds(1)) << "the negation is five words before the noun";
  EXPECT_FALSE(holds(2)) << "progress was made; the negation belongs to the date";
}

// The quote as each outlet carries it, as reconcile/quotes.h would align it.
QuoteOccurrence Occurrence(const TestStory& s, size_t doc, size_t sentence,
                           std::string_view quote) {
  QuoteOccurrence o;
  o.doc = doc;
  o.sentence = static_cast<uint32_t>(sentence);
  const std::string& text = s.article(doc).text;
  const size_t p = text.find(quote);
  o.text = {static_cast<uint32_t>(p), static_cast<uint32_t>(p + quote.size())};
  o.wording = AnalyzeWording(quote);
  return o;
}

TEST(AlignmentTest, SentencesCarryingTheSameQuoteAlign) {
  TestStory s;
  const size_t a = s.Add("Harbour Courier",
                         {"Speaking to lawmakers in Vessen, Interior Minister Hanna Kolar said: "
                          "\"We will never sign away our rivers.\""},
                         0, false);
  const size_t b =
      s.Add("Eastern Ledger",
            {"Kolar, whose cabinet faces a confidence vote next week, insisted the government "
             "would never sign away our rivers, according to a parliamentary aide."},
            1, false);
  // Same speaker, one shared word with the first wording: not the same statement.
  const size_t c =
      s.Add("Morning Star", {"Kolar told reporters the rivers commission would meet in spring."}, 2,
            false);
  for (size_t d : {a, b, c}) s.Entity(d, "Kolar", EntityType::kPerson, "Hanna Kolar");
  s.Entity(a, "Vessen", EntityType::kPlace, "Vessen");
  TestStory plain = s;  // the same story without the quote links
  Aligned without = Align(&plain);
  ASSERT_NE(GroupOf(without, a, 0), GroupOf(without, b, 0)) << "too few shared words alone";

  StoryInput input = s.Input();
  QuoteAlignment quotes;
  quotes.occurrences = {Occurrence(s, a, 0, "We will never sign away our rivers."),
                        Occurrence(s, b, 0, "would never sign away our rivers"),
                        Occurrence(s, c, 0, "the rivers commission would meet in spring")};
  quotes.members = {{0, 1, 2}};
  ResolvedEntities entities = s.Entities();
  ClaimSet claims = BuildClaims(input, entities);
  const auto links = QuoteLinks(claims, quotes);
  ASSERT_EQ(links.size(), 1u) << "only the two wordings sharing sign, away and rivers";
  Aligned with = Align(&s, links);
  EXPECT_EQ(GroupOf(with, a, 0), GroupOf(with, b, 0));
  EXPECT_NE(GroupOf(with, a, 0), GroupOf(with, c, 0));
}

TEST(AlignmentTest, QuoteOverSeveralSentencesLinksNothing) {
  TestStory s;
  const size_t a = s.Add("One",
                         {"\"The border stays open. We will never sign away our rivers,\" Kolar "
                          "said in Vessen."},
                         0, false);
  const size_t b = s.Add("Two",
                         {"Kolar said the border stays open.",
                          "She added the country would never sign away our rivers."},
                         1, false);
  StoryInput input = s.Input();
  ResolvedEntities entities = s.Entities();
  ClaimSet claims = BuildClaims(input, entities);
  QuoteAlignment quotes;
  QuoteOccurrence spanning =
      Occurrence(s, b, 0, "the border stays open.\nShe added the country would never sign");
  quotes.occurrences = {Occurrence(s, a, 0, "The border stays open. We will never sign"), spanning};
  quotes.members = {{0, 1}};
  EXPECT_TRUE(QuoteLinks(claims, quotes).empty());
}

// A long sentence tells two facts: the meeting (aligned with another outlet's report of it) and
// who the envoy is. A third outlet tells only the second; it gets the long sentence's support.
TEST(AlignmentTest, ASentenceTellingTwoFactsSupportsBoth) {
  TestStory s;
  const size_t a =
      s.Add("Northern Tribune",
            {"Envoy Pavel Drozd, the governor's brother-in-law and a former shipping magnate, met "
             "Lindmark officials on Monday for three hours of talks on the Saarn dam."},
            0, false);
  const size_t b =
      s.Add("Coast Daily",
            {"Drozd met Lindmark officials on Monday for three hours of talks on the Saarn dam."},
            1, false);
  const size_t c = s.Add("Harbour Gazette",
                         {"Drozd is the governor's brother-in-law and made his fortune as a "
                          "shipping magnate before entering politics."},
                         2, false);
  const size_t d =
      s.Add("River Review", {"The governor opened a new ferry terminal in Lindmark on Monday."}, 3,
            false);
  for (size_t x : {a, b, c}) s.Entity(x, "Drozd", EntityType::kPerson, "Pavel Drozd");
  for (size_t x : {a, b, d}) s.Entity(x, "Lindmark", EntityType::kPlace, "Lindmark");
  for (size_t x : {a, b}) s.Entity(x, "Saarn", EntityType::kPlace, "Saarn");
  for (size_t x : {a, b}) s.Quantity(x, "three hours", 3, "hour");
  Aligned al = Align(&s);
  const int meeting = GroupOf(al, a, 0);
  ASSERT_GE(meeting, 0);
  ASSERT_EQ(meeting, GroupOf(al, b, 0));
  const int envoy = GroupOf(al, c, 0);
  ASSERT_NE(envoy, meeting);
  const auto extra = SecondarySupport(al.claims, al.groups);
  const uint32_t claim_a = al.claims.doc_begin[a];
  ASSERT_EQ(extra[envoy].size(), 1u);
  EXPECT_EQ(extra[envoy][0], claim_a);
  EXPECT_TRUE(extra[meeting].empty());
  // The governor and Lindmark alone do not make the ferry terminal the same fact.
  EXPECT_TRUE(extra[GroupOf(al, d, 0)].empty());

  FactTable table = BuildFacts(al.input, al.claims, al.entities, al.groups, {}, extra);
  const Fact& f = table.facts[table.fact_of_claim[al.claims.doc_begin[c]]];
  EXPECT_EQ(f.evidence.size(), 2u);
  EXPECT_EQ(f.independent_sources, 2);
  EXPECT_EQ(f.status, FactStatus::kConfirmed);
  EXPECT_NE(f.statement.find("made his fortune"), std::string::npos) << "its own sentence";
  // The long sentence still belongs to the meeting.
  EXPECT_EQ(table.fact_of_claim[claim_a], table.fact_of_claim[al.claims.doc_begin[b]]);
}

}  // namespace
}  // namespace corroborate::reconcile_test
