// Demands stated as the condition of a refusal ("will not accept a deal without guarantees",
// "rules out a deal that does not give it access to the port"), demands that others act
// ("pushing Caldoria to supply …") and offers of one act in several wordings: invented reports
// run through the rules-only analyzer and Reconcile.
#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <vector>

#include "analyze/analyze.h"
#include "reconcile/positions.h"
#include "reconcile/reconcile.h"

namespace corroborate {
namespace {

StoryAccount RunReports(const std::vector<std::string>& texts) {
  static std::deque<Article> articles;
  static std::deque<AnnotatedDoc> docs;
  articles.clear();
  docs.clear();
  StoryInput in;
  std::vector<Article> all;
  for (size_t i = 0; i < texts.size(); ++i) {
    Article a;
    a.id = "a" + std::to_string(i + 1);
    a.outlet = "Outlet " + std::to_string(i + 1);
    a.text = texts[i];
    a.title = texts[i].substr(0, texts[i].find('\n'));
    articles.push_back(a);
    all.push_back(a);
  }
  for (const Article& a : articles) docs.push_back(Analyze(a, CivilDate::Day(2026, 3, 4)));
  for (size_t i = 0; i < docs.size(); ++i) {
    in.docs.push_back(&docs[i]);
    in.article_index.push_back(static_cast<uint32_t>(i));
    in.sourcing.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i), -1, 0, {}});
  }
  return Reconcile(in, all, "s1");
}

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

TEST(PositionConditionsTest, RefusalWithoutSomethingDemandsIt) {
  StoryAccount s =
      RunReports({"Varnia sets terms\n"
                  "Varnia will not accept any agreement without security guarantees, "
                  "the foreign ministry said on Monday."});
  EXPECT_NE(Find(s, "Varnia", "security guarantees", "demands"), nullptr) << Dump(s);
  EXPECT_NE(Find(s, "Varnia", "agreement", "rejects"), nullptr) << Dump(s);
}

TEST(PositionConditionsTest, WithoutOutsideARefusalIsNoDemand) {
  StoryAccount s =
      RunReports({"Talks open\n"
                  "Varnia signed the protocol without ceremony on Monday, officials said."});
  EXPECT_EQ(Find(s, "Varnia", "ceremony", "demands"), nullptr) << Dump(s);
}

TEST(PositionConditionsTest, RejectedDealThatLacksSomethingDemandsIt) {
  StoryAccount s =
      RunReports({"Kestria hardens line\n"
                  "Kestria rules out any settlement that does not give it access to the "
                  "port, the minister said."});
  EXPECT_NE(Find(s, "Kestria", "access", "demands"), nullptr) << Dump(s);
  EXPECT_EQ(Find(s, "Kestria", "access", "rejects"), nullptr) << Dump(s);
}

TEST(PositionConditionsTest, LackingClauseWithoutRefusalIsNoDemand) {
  StoryAccount s =
      RunReports({"Draft circulates\n"
                  "Kestria published a draft that does not give it access to the port, "
                  "the minister said."});
  EXPECT_EQ(Find(s, "Kestria", "access", "demands"), nullptr) << Dump(s);
}

TEST(PositionConditionsTest, PushingOthersToDeliverDemandsWhatIsDelivered) {
  StoryAccount s =
      RunReports({"Varnia seeks air defence\n"
                  "Varnia is trying to push Caldoria to supply air defence systems before "
                  "the winter, diplomats said."});
  EXPECT_NE(Find(s, "Varnia", "air defence systems", "demands"), nullptr) << Dump(s);
}

TEST(PositionConditionsTest, PushWithoutAnAgentToActIsNoStance) {
  StoryAccount s =
      RunReports({"Convoy moves\n"
                  "Varnia pushed the convoy through the checkpoint on Monday, and Varnia "
                  "urged Kestria to stop shelling border towns."});
  EXPECT_EQ(Find(s, "Varnia", "convoy", "demands"), nullptr) << Dump(s);
  EXPECT_EQ(Find(s, "Varnia", "shelling", "demands"), nullptr) << Dump(s);
}

TEST(PositionConditionsTest, OneOfferedActInTwoWordingsIsOneRow) {
  StoryAccount s =
      RunReports({"Caldoria steps in\n"
                  "Caldoria has offered to host the talks for as long as needed.",
                  "Second round\n"
                  "Caldoria has also offered to host further rounds."});
  const Position* p = Find(s, "Caldoria", "host", "proposes");
  ASSERT_NE(p, nullptr) << Dump(s);
  EXPECT_EQ(p->evidence.size(), 2u) << Dump(s);
}

TEST(PositionConditionsTest, DifferentOfferedActsStayApart) {
  StoryAccount s =
      RunReports({"Caldoria steps in\n"
                  "Caldoria has offered to host the talks for as long as needed.",
                  "Second round\n"
                  "Caldoria has also offered to fund the observers."});
  EXPECT_NE(Find(s, "Caldoria", "host", "proposes"), nullptr) << Dump(s);
  EXPECT_NE(Find(s, "Caldoria", "fund", "proposes"), nullptr) << Dump(s);
}

TEST(PositionConditionsTest, ParticipleClauseElaboratingAStanceAddsNoRow) {
  StoryAccount s =
      RunReports({"Minister speaks\n"
                  "Varnia urged restraint on Monday, warning against any escalation "
                  "near the border."});
  EXPECT_NE(Find(s, "Varnia", "restraint", "demands"), nullptr) << Dump(s);
  EXPECT_EQ(Find(s, "Varnia", "escalation", "opposes"), nullptr) << Dump(s);
}

TEST(PositionConditionsTest, ParticipleClauseAloneStillStatesAStance) {
  StoryAccount s =
      RunReports({"Minister speaks\n"
                  "Varnia spoke for an hour on Monday, warning against any escalation "
                  "near the border."});
  EXPECT_NE(Find(s, "Varnia", "escalation", "opposes"), nullptr) << Dump(s);
}

TEST(PositionConditionsTest, RelativeClauseObjectIsTheIssue) {
  StoryAccount s =
      RunReports({"Framework circulates\n"
                  "Caldoria drafted a framework that Varnia accepted as a basis for "
                  "discussion, officials said."});
  EXPECT_NE(Find(s, "Varnia", "framework", "accepts"), nullptr) << Dump(s);
  EXPECT_EQ(Find(s, "Varnia", "basis", "accepts"), nullptr) << Dump(s);
}

TEST(PositionConditionsTest, FutureOfAPlaceNamesThePlace) {
  StoryAccount s =
      RunReports({"Agenda dispute\n"
                  "Varnia demanded that the future of the disputed Brodnitsa district "
                  "be put on the agenda."});
  EXPECT_NE(Find(s, "Varnia", "Brodnitsa", "demands"), nullptr) << Dump(s);
}

}  // namespace
}  // namespace corroborate
