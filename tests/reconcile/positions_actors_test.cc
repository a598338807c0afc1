// Position holders named by their capital or seat of government ("Halvik demands …", "the
// Kremlin rejected …") and "both sides": invented reports run through the rules-only analyzer
// and Reconcile, with a small in-memory place table standing in for models/places.bin.
#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <vector>

#include "analyze/analyze.h"
#include "nlp/place_names.h"
#include "reconcile/entities.h"
#include "reconcile/positions.h"
#include "reconcile/positions_metonymy.h"
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
  StoryAccount Run(const nlp::PlaceNames* places) {
    docs_.clear();
    for (const Article& a : articles_) docs_.push_back(Analyze(a, CivilDate::Day(2026, 3, 4)));
    StoryInput in;
    in.places = places;
    for (size_t i = 0; i < docs_.size(); ++i) {
      in.docs.push_back(&docs_[i]);
      in.article_index.push_back(static_cast<uint32_t>(i));
      in.sourcing.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i), -1, 0, {}});
    }
    all_ = {articles_.begin(), articles_.end()};
    return Reconcile(in, all_, "s1");
  }

 private:
  std::deque<Article> articles_;
  std::deque<AnnotatedDoc> docs_;
  std::vector<Article> all_;
};

// Two invented countries with their capitals, one town, and a real country for the seat table.
nlp::PlaceNames Places() {
  nlp::PlaceNames p;
  auto add = [&](std::string_view name, std::string_view cc, uint32_t people, nlp::PlaceKind kind) {
    p.AddName(NameKey(name), p.AddPlace(cc, people, kind), true);
  };
  add("Varnia", "XV", 6000000, nlp::PlaceKind::kCountry);
  add("Kestria", "XK", 4000000, nlp::PlaceKind::kCountry);
  add("Halvik", "XV", 900000, nlp::PlaceKind::kCity);
  add("Morav", "XK", 700000, nlp::PlaceKind::kCity);
  add("Britain", "GB", 67000000, nlp::PlaceKind::kCountry);
  p.Finish(8);
  return p;
}

const Position* Find(const StoryAccount& s, std::string_view actor, std::string_view issue,
                     std::string_view stance) {
  for (const Position& p : s.positions) {
    if (p.actor_name == actor && p.issue.find(issue) != std::string::npos && p.stance == stance) {
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
  for (const AccountEntity& e : s.entities) {
    out += "  entity " + e.name + " (" + EntityTypeName(e.type) + ")\n";
  }
  return out;
}

TEST(PositionActorsTest, SeatTableKnowsGovernmentBuildings) {
  EXPECT_EQ(positions::SeatCountry("the Kremlin"), "RU");
  EXPECT_EQ(positions::SeatCountry("Downing Street"), "GB");
  EXPECT_EQ(positions::SeatCountry("the Élysée"), "FR");
  EXPECT_EQ(positions::SeatCountry("Wall Street"), "");
  EXPECT_EQ(positions::SeatCountry("the Palace of Nations"), "");
}

TEST(PositionActorsTest, CapitalAsHolderJoinsItsStatesRow) {
  const nlp::PlaceNames places = Places();
  Reports r;
  r.Add("The Northern Ledger",
        "Varnia hardens line\n"
        "Varnia rejects any ceasefire that freezes the front line, the ministry said.\n"
        "Halvik also demands the return of all prisoners of war before a second round.");
  r.Add("Caldorian Public Radio",
        "Talks end\n"
        "Halvik rejects any ceasefire that freezes the current line, officials said.");
  StoryAccount s = r.Run(&places);
  const Position* reject = Find(s, "Varnia", "ceasefire", "rejects");
  ASSERT_NE(reject, nullptr) << Dump(s);
  EXPECT_EQ(reject->evidence.size(), 2u) << Dump(s);
  EXPECT_NE(Find(s, "Varnia", "prisoners", "demands"), nullptr) << Dump(s);
  EXPECT_EQ(Find(s, "Halvik", "ceasefire", "rejects"), nullptr) << Dump(s);
}

TEST(PositionActorsTest, CapitalStaysWhenTheStoryNamesNoSuchState) {
  // Without the place table, or without Varnia in the story, Halvik is only a name.
  Reports r;
  r.Add("The Northern Ledger",
        "Halvik sets terms\n"
        "Halvik rejects any ceasefire that freezes the front line, the ministry said.");
  StoryAccount none = r.Run(nullptr);
  EXPECT_NE(Find(none, "Halvik", "ceasefire", "rejects"), nullptr) << Dump(none);
  const nlp::PlaceNames places = Places();
  StoryAccount no_state = r.Run(&places);
  EXPECT_NE(Find(no_state, "Halvik", "ceasefire", "rejects"), nullptr) << Dump(no_state);
}

TEST(PositionActorsTest, SeatOfGovernmentIsTheState) {
  const nlp::PlaceNames places = Places();
  Reports r;
  r.Add("The Eastern Observer",
        "London weighs in\n"
        "Britain has backed the observer mission since January.\n"
        "Downing Street rejected the proposal for a buffer zone on Wednesday.");
  StoryAccount s = r.Run(&places);
  EXPECT_NE(Find(s, "Britain", "proposal", "rejects"), nullptr) << Dump(s);
  EXPECT_EQ(Find(s, "Downing Street", "proposal", "rejects"), nullptr) << Dump(s);
}

TEST(PositionActorsTest, BothSidesAreTheStorysTwoParties) {
  Reports r;
  r.Add("Meridian Press Agency",
        "Varnia, Kestria agree on a swap\n"
        "Varnia and the Kestrian Federation agreed on Tuesday to exchange 240 prisoners.\n"
        "The talks between Varnia and the Kestrian Federation lasted six hours.\n"
        "Both sides accepted the framework as a basis for discussion.");
  StoryAccount s = r.Run(nullptr);
  EXPECT_NE(Find(s, "Varnia", "framework", "accepts"), nullptr) << Dump(s);
  EXPECT_NE(Find(s, "Kestrian Federation", "framework", "accepts"), nullptr) << Dump(s);
}

TEST(PositionActorsTest, BothSidesStayUnresolvedWithoutClearParties) {
  // Three countries, each pair named once: nobody is "both sides".
  Reports r;
  r.Add("Meridian Press Agency",
        "Regional talks open\n"
        "Varnia and the Kestrian Federation sent delegations, and the Caldorian Republic and "
        "the Orvanian Union sent observers.\n"
        "Both sides accepted the framework as a basis for discussion.");
  StoryAccount s = r.Run(nullptr);
  EXPECT_EQ(Find(s, "Varnia", "framework", "accepts"), nullptr) << Dump(s);
  EXPECT_EQ(Find(s, "Kestrian Federation", "framework", "accepts"), nullptr) << Dump(s);
  for (const Position& p : s.positions) EXPECT_NE(p.issue, "framework") << Dump(s);
}

}  // namespace
}  // namespace corroborate
