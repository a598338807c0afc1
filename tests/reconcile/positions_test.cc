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

TEST(IssueStemTest, AdjectiveAndPluralMeetTheNoun) {
  EXPECT_EQ(IssueStem("territorial"), IssueStem("territory"));
  EXPECT_EQ(IssueStem("territories"), IssueStem("territory"));
  EXPECT_EQ(IssueStem("land"), IssueStem("territory"));
  EXPECT_EQ(IssueStem("guarantees"), IssueStem("guarantee"));
  EXPECT_NE(IssueStem("sanctions"), IssueStem("security"));
}

}  // namespace
}  // namespace corroborate
