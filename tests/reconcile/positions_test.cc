// Positions on invented multi-outlet reports, run through the real analyzer (rules only) and
// Reconcile, so the actors, quotes and speakers are the ones the pipeline finds.
#include "reconcile/positions.h"

#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <vector>

#include "analyze/analyze.h"
#include "reconcile/reconcile.h"

namespace corroborate {
namespace {

class Reports {
 public:
  void Add(const std::string& outlet, const std::string& text) {
    Article a;
    a.id = "a" + std::to_string(articles_.size() + 1);
    a.outlet = outlet;
    a.text = text;
    a.title = text.substr(0, text.find('\n'));
    articles_.push_back(std::move(a));
  }
  StoryAccount Run() {
    docs_.clear();
    for (const Article& a : articles_) docs_.push_back(Analyze(a, CivilDate::Day(2026, 3, 4)));
    StoryInput in;
    for (size_t i = 0; i < docs_.size(); ++i) {
      in.docs.push_back(&docs_[i]);
      in.article_index.push_back(static_cast<uint32_t>(i));
      in.sourcing.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i), -1, 0, {}});
    }
    all_ = {articles_.begin(), articles_.end()};
    return Reconcile(in, all_, "s1");
  }
  const std::string& Text(size_t i) const { return articles_[i].text; }

 private:
  std::deque<Article> articles_;
  std::deque<AnnotatedDoc> docs_;
  std::vector<Article> all_;
};

const Position* Find(const StoryAccount& s, std::string_view actor, std::string_view issue,
                     std::string_view stance) {
  for (const Position& p : s.positions) {
    if (p.actor_name.find(actor) != std::string::npos && p.issue.find(issue) != std::string::npos &&
        p.stance == stance) {
      return &p;
    }
  }
  return nullptr;
}

std::string Dump(const StoryAccount& s) {
  std::string out;
  for (const Position& p : s.positions) {
    out += p.actor_name + " | " + p.stance + " | " + p.issue + " (" +
           std::to_string(p.evidence.size()) + ")\n";
  }
  return out;
}

TEST(PositionsTest, NegationFlipsAcceptToReject) {
  Reports r;
  r.Add("The Northern Ledger",
        "Varnia hardens line before talks\n"
        "Varnia will not accept any ceasefire that freezes the current front line, the foreign "
        "ministry said on Monday.");
  StoryAccount s = r.Run();
  EXPECT_NE(Find(s, "Varnia", "ceasefire", "rejects"), nullptr) << Dump(s);
  EXPECT_EQ(Find(s, "Varnia", "ceasefire", "accepts"), nullptr) << Dump(s);
}

TEST(PositionsTest, DidNotRejectIsNotAcceptance) {
  Reports r;
  r.Add("The Eastern Observer",
        "Offer on artillery\n"
        "According to the source, Varnia did not reject the proposal but asked for guarantees.");
  StoryAccount s = r.Run();
  EXPECT_EQ(Find(s, "Varnia", "proposal", "rejects"), nullptr) << Dump(s);
  EXPECT_EQ(Find(s, "Varnia", "proposal", "accepts"), nullptr) << Dump(s);
}

TEST(PositionsTest, SpeakerOfQuoteIsTheActor) {
  Reports r;
  r.Add("Meridian Press Agency",
        "Sarkan rules out recognition\n"
        "Varnian Foreign Minister Edvin Sarkan spoke to reporters in Velgrad on Tuesday.\n"
        "\u201cWe will never recognise the referendum in Brodnitsa,\u201d Sarkan said.");
  StoryAccount s = r.Run();
  const Position* p = Find(s, "Edvin Sarkan", "referendum", "rejects");
  ASSERT_NE(p, nullptr) << Dump(s);
  EXPECT_FALSE(p->actor.empty());
  ASSERT_EQ(p->evidence.size(), 1u);
  EXPECT_NE(p->evidence[0].span.Of(r.Text(0)).find("never recognise"), std::string::npos);
}

TEST(PositionsTest, SamePositionInTwoOutletsMerges) {
  Reports r;
  r.Add("The Daily Courier",
        "Kestria sets conditions\n"
        "Kestria demands the withdrawal of Varnian artillery from the Brodnitsa district.");
  r.Add("Caldorian Public Radio",
        "Talks resume\n"
        "Kestria has repeatedly demanded a withdrawal of Varnian artillery, officials said.");
  StoryAccount s = r.Run();
  const Position* p = Find(s, "Kestria", "artillery", "demands");
  ASSERT_NE(p, nullptr) << Dump(s);
  ASSERT_EQ(p->evidence.size(), 2u) << Dump(s);
  EXPECT_EQ(p->evidence[0].article, 0u);
  EXPECT_EQ(p->evidence[1].article, 1u);
  // Ordered by the number of articles: the shared position comes first.
  EXPECT_EQ(&s.positions.front(), p);
}

TEST(PositionsTest, LandAndTerritoryAreOneIssue) {
  Reports r;
  r.Add("The Northern Ledger",
        "Varnia draws a line\n"
        "Varnia rules out ceding land to Kestria in any settlement.");
  r.Add("Meridian Press Agency",
        "Varnian stance\n"
        "Varnia will not give up territory in exchange for a truce.");
  StoryAccount s = r.Run();
  const Position* p = Find(s, "Varnia", "", "rejects");
  ASSERT_NE(p, nullptr) << Dump(s);
  EXPECT_TRUE(p->issue == "land" || p->issue == "territory") << p->issue;
  EXPECT_EQ(p->evidence.size(), 2u) << Dump(s);
}

TEST(PositionsTest, AcceptAndRejectOnOneIssueBothKept) {
  Reports r;
  r.Add("The Northern Ledger",
        "Framework accepted\n"
        "Kestria accepted the framework as a basis for discussion.");
  r.Add("The Daily Courier",
        "Framework in doubt\n"
        "Kestria rejected the framework on Tuesday evening.");
  StoryAccount s = r.Run();
  EXPECT_NE(Find(s, "Kestria", "framework", "accepts"), nullptr) << Dump(s);
  EXPECT_NE(Find(s, "Kestria", "framework", "rejects"), nullptr) << Dump(s);
}

TEST(PositionsTest, PassiveAgentProposesAndSubjectRejects) {
  Reports r;
  r.Add("Meridian Press Agency",
        "Amendments rejected\n"
        "Kestria rejected the amendments proposed by Caldoria, saying they favoured Varnia.");
  StoryAccount s = r.Run();
  EXPECT_NE(Find(s, "Kestria", "amendments", "rejects"), nullptr) << Dump(s);
  EXPECT_NE(Find(s, "Caldoria", "amendments", "proposes"), nullptr) << Dump(s);
  EXPECT_EQ(Find(s, "Kestria", "amendments", "proposes"), nullptr) << Dump(s);
}

TEST(PositionsTest, ListOfDemandsGivesOneRowPerIssue) {
  Reports r;
  r.Add("The Eastern Observer",
        "Kestrian terms\n"
        "Kestria demands a reduction in the Varnian army, limits on foreign military aid, and "
        "the transfer of the Brodnitsa district.");
  StoryAccount s = r.Run();
  EXPECT_NE(Find(s, "Kestria", "army", "demands"), nullptr) << Dump(s);
  EXPECT_NE(Find(s, "Kestria", "military aid", "demands"), nullptr) << Dump(s);
}

TEST(PositionsTest, InsistThatIsNotADemand) {
  Reports r;
  r.Add("The Northern Ledger",
        "Ministry responds\n"
        "Kestria insisted that the plan had significant flaws.");
  StoryAccount s = r.Run();
  EXPECT_TRUE(s.positions.empty()) << Dump(s);
}

// Sentences that mention a stance without stating anyone's position.

TEST(PositionsTest, QuestionIsNotAPosition) {
  Reports r;
  r.Add("The Daily Courier",
        "What next for the talks\n"
        "Will Varnia accept a ceasefire that freezes the current front line? Diplomats in "
        "Velgrad were divided on Monday.");
  r.Add("The Northern Ledger",
        "Talks resume\n"
        "Kestria rejected the framework drafted by Caldoria on Monday evening.");
  StoryAccount s = r.Run();
  EXPECT_EQ(Find(s, "Varnia", "ceasefire", "accepts"), nullptr) << Dump(s);
  EXPECT_NE(Find(s, "Kestria", "framework", "rejects"), nullptr) << Dump(s);
}

TEST(PositionsTest, ConditionIsNotAPosition) {
  Reports r;
  r.Add("Meridian Press Agency",
        "Caldoria warns of collapse\n"
        "If Kestria rejects the framework, the talks in Velgrad will end, a Caldorian diplomat "
        "said. Varnia will reject any deal that leaves the Brodnitsa district under Kestrian "
        "control if the shelling continues.");
  StoryAccount s = r.Run();
  EXPECT_EQ(Find(s, "Kestria", "framework", "rejects"), nullptr) << Dump(s);
  // The condition follows the stance: Varnia's position stands.
  EXPECT_NE(Find(s, "Varnia", "deal", "rejects"), nullptr) << Dump(s);
}

TEST(PositionsTest, SpeculationAndForecastAreNotPositions) {
  Reports r;
  r.Add("The Eastern Observer",
        "Analysis: room for a deal\n"
        "Analysts say Varnia could accept a partial ceasefire before the winter. Kestria is "
        "expected to reject the observer mission, two diplomats said. It is unclear whether "
        "Caldoria supports the exchange of prisoners. Critics say Kestria wants a frozen "
        "conflict. Should Varnia accept the observer mission, Kestria would lose leverage.");
  StoryAccount s = r.Run();
  EXPECT_TRUE(s.positions.empty()) << Dump(s);
}

TEST(PositionsTest, AdviceToAnActorIsNotItsPosition) {
  Reports r;
  r.Add("The Northern Ledger",
        "Lawmakers split\n"
        "Opposition lawmaker Ilse Varga warned that Varnia must resist pressure to cede "
        "territory. \u201cWe must reject any deal that rewards aggression,\u201d Varga said.");
  StoryAccount s = r.Run();
  EXPECT_EQ(Find(s, "Varnia", "pressure", "opposes"), nullptr) << Dump(s);
  // Her own "we must reject" is her position.
  EXPECT_NE(Find(s, "Varga", "deal", "rejects"), nullptr) << Dump(s);
}

TEST(PositionsTest, AccusationIsNotThePositionOfTheAccused) {
  Reports r;
  r.Add("Caldorian Public Radio",
        "Sarkan lashes out\n"
        "Sarkan accused Kestria of sabotaging the talks by demanding new territory in the "
        "south.");
  StoryAccount s = r.Run();
  EXPECT_EQ(Find(s, "Kestria", "territory", "demands"), nullptr) << Dump(s);
}

TEST(PositionsTest, SupportSoughtFromOthersIsNotTheSubjectsStance) {
  Reports r;
  r.Add("The Daily Courier",
        "Varnia lobbies\n"
        "Varnia launched a diplomatic push to secure broader support for the framework among "
        "northern governments.");
  StoryAccount s = r.Run();
  EXPECT_EQ(Find(s, "Varnia", "framework", "supports"), nullptr) << Dump(s);
}

TEST(PositionsTest, DenyingReportsIsNotAPolicyStance) {
  Reports r;
  r.Add("Kestrian News Agency",
        "Ministry responds\n"
        "Kestrian spokeswoman Daria Solovey rejected reports in foreign media about the "
        "conduct of the delegation in Velgrad.");
  StoryAccount s = r.Run();
  EXPECT_EQ(Find(s, "Solovey", "reports", "rejects"), nullptr) << Dump(s);
}

TEST(PositionsTest, GenericSubjectIsNotTheNamedSourceBeforeIt) {
  Reports r;
  r.Add("The Eastern Observer",
        "Prisoner exchange agreed\n"
        "According to Foreign Minister Edvin Sarkan, the parties agreed to exchange 240 "
        "prisoners of war.");
  StoryAccount s = r.Run();
  EXPECT_EQ(Find(s, "Sarkan", "", "accepts"), nullptr) << Dump(s);
}

TEST(PositionsTest, HeadlineAloneOpensNoRowButCorroborates) {
  Reports r;
  r.Add("The Daily Courier",
        "Kestria Rejects Observer Mission\n"
        "Talks in Velgrad continued into the night, with delegations meeting separately.");
  r.Add("The Northern Ledger",
        "Sarkan Backs Prisoner Swap\n"
        "Kestria rejected the observer mission on Tuesday, officials in Velgrad said.");
  StoryAccount s = r.Run();
  EXPECT_EQ(Find(s, "Sarkan", "", "supports"), nullptr) << Dump(s);
  const Position* p = Find(s, "Kestria", "observer mission", "rejects");
  ASSERT_NE(p, nullptr) << Dump(s);
  // The body sentence, and the first outlet's headline stating the same.
  ASSERT_EQ(p->evidence.size(), 2u) << Dump(s);
  EXPECT_EQ(p->evidence[0].article, 1u);
  EXPECT_EQ(p->evidence[1].article, 0u);
}

// Actors.

TEST(PositionsTest, NationalityWithInstitutionIsTheState) {
  Reports r;
  r.Add("The Eastern Observer",
        "Varnia wants checks\n"
        "Talks between Varnia and Kestria resumed in Velgrad on Monday. The Varnian delegation "
        "asked for "
        "guarantees that the withdrawal could be verified.");
  r.Add("The Daily Courier",
        "Ceasefire terms\n"
        "Negotiators from Varnia and Kestria met in Velgrad. Varnian officials said before the "
        "talks that they would not accept any ceasefire that "
        "froze the current front line.");
  StoryAccount s = r.Run();
  const Position* g = Find(s, "Varnia", "guarantees", "demands");
  ASSERT_NE(g, nullptr) << Dump(s);
  EXPECT_EQ(g->actor_name, "Varnia");
  const Position* c = Find(s, "Varnia", "ceasefire", "rejects");
  ASSERT_NE(c, nullptr) << Dump(s);
  EXPECT_EQ(c->actor_name, "Varnia");
}

TEST(PositionsTest, CoordinatedHoldersAcrossAQuantifier) {
  Reports r;
  r.Add("The Northern Ledger",
        "Plan condemned\n"
        "Varnia and several Caldorian officials issued objections, condemning the plan's call "
        "for Varnia to reduce its army.");
  StoryAccount s = r.Run();
  EXPECT_NE(Find(s, "Varnia", "army", "opposes"), nullptr) << Dump(s);
}

// Issues.

TEST(PositionsTest, DealsWithDifferentModifiersStayApart) {
  Reports r;
  r.Add("The Northern Ledger",
        "Two deals on the table\n"
        "Kestria backs the peace deal drafted by Caldoria. Varnia rejected the minerals deal "
        "on Monday. Varnia also opposes any deal that leaves the district to Kestria.");
  StoryAccount s = r.Run();
  const Position* peace = Find(s, "Kestria", "peace deal", "supports");
  const Position* minerals = Find(s, "Varnia", "minerals deal", "rejects");
  ASSERT_NE(peace, nullptr) << Dump(s);
  ASSERT_NE(minerals, nullptr) << Dump(s);
  EXPECT_NE(peace->issue, minerals->issue);
  // The bare "deal" could be either: it joins neither.
  const Position* bare = Find(s, "Varnia", "deal", "opposes");
  ASSERT_NE(bare, nullptr) << Dump(s);
  EXPECT_EQ(bare->issue, "deal");
}

TEST(PositionsTest, OneLongerWordingAbsorbsTheBareHead) {
  Reports r;
  r.Add("The Daily Courier",
        "Guarantees first\n"
        "Varnia demands security guarantees before any withdrawal.");
  r.Add("Meridian Press Agency",
        "Varnian terms\n"
        "Varnia has repeatedly demanded guarantees from its northern partners.");
  StoryAccount s = r.Run();
  const Position* p = Find(s, "Varnia", "guarantees", "demands");
  ASSERT_NE(p, nullptr) << Dump(s);
  EXPECT_EQ(p->evidence.size(), 2u) << Dump(s);
}

TEST(PositionsTest, ParticipleClauseIsNotPartOfTheIssue) {
  Reports r;
  r.Add("The Northern Ledger",
        "Border dispute\n"
        "Varnia insists on the border drawn in 1994, its foreign minister said.");
  StoryAccount s = r.Run();
  const Position* p = Find(s, "Varnia", "border", "demands");
  ASSERT_NE(p, nullptr) << Dump(s);
  EXPECT_EQ(p->issue, "border");
}

TEST(PositionsTest, IssueDropsInnerPossessivePronoun) {
  Reports r;
  r.Add("The Eastern Observer",
        "Artillery offer\n"
        "A source in Velgrad said that Kestria had offered to pull its heavy artillery back "
        "from the line of contact.");
  StoryAccount s = r.Run();
  const Position* p = Find(s, "Kestria", "artillery", "proposes");
  ASSERT_NE(p, nullptr) << Dump(s);
  EXPECT_EQ(p->issue.find("its"), std::string::npos) << p->issue;
}

TEST(IssueStemTest, AdjectiveAndPluralMeetTheNoun) {
  EXPECT_EQ(IssueStem("territorial"), IssueStem("territory"));
  EXPECT_EQ(IssueStem("territories"), IssueStem("territory"));
  EXPECT_EQ(IssueStem("land"), IssueStem("territory"));
  EXPECT_EQ(IssueStem("guarantees"), IssueStem("guarantee"));
  EXPECT_NE(IssueStem("sanctions"), IssueStem("security"));
}

}  // namespace
}  // namespace corroborate
