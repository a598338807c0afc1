// Concept and place-containment features of claims (reconcile/semantic_features.h): two
// outlets' paraphrases that share almost no words align once a word-sense lexicon links their
// verbs, while different facts sharing a sense stay apart; a town's claim meets its country's
// claim only when the story names both. Small hand-made lexicon and place table (fictional).
#include "reconcile/semantic_features.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "nlp/lexicon.h"
#include "nlp/place_names.h"
#include "reconcile/claims.h"
#include "reconcile/facts.h"
#include "reconcile/test_story.h"

namespace corroborate::reconcile_test {
namespace {

// Concepts as WordNet would give them: 1 = leave an office (resign, step down, quit,
// resignation), 2 = the state of being away (absence, absent), 3 = revise (revise, update,
// revamp), 4 = stop doing (quit), 5 = a gathering (meet, meeting), 6 = leave a place (leave).
nlp::Lexicon HandLexicon() {
  nlp::Lexicon lex;
  lex.Add("resign", {1});
  lex.Add("resignation", {1});
  lex.Add("step down", {1});
  lex.Add("quit", {4, 1});
  lex.Add("absence", {2});
  lex.Add("absent", {2});
  lex.Add("revise", {3});
  lex.Add("update", {3});
  lex.Add("revamp", {3});
  lex.Add("meet", {5});
  lex.Add("meeting", {5});
  lex.Add("leave", {6});
  lex.Finish(8);
  return lex;
}

struct Built {
  StoryInput input;
  ResolvedEntities entities;
  ClaimSet claims;
  std::vector<std::vector<uint32_t>> groups;
};

Built Build(TestStory* s, const nlp::Lexicon* lexicon, const nlp::PlaceNames* places = nullptr) {
  Built b;
  b.input = s->Input();
  b.input.lexicon = lexicon;
  b.input.places = places;
  b.entities = s->Entities();
  b.claims = BuildClaims(b.input, b.entities);
  b.groups = AlignClaims(b.claims);
  return b;
}

const Claim& ClaimOf(const Built& b, size_t doc, size_t sentence) {
  return b.claims.claims[b.claims.doc_begin[doc] + sentence];
}

bool Together(const Built& b, size_t d1, size_t s1, size_t d2, size_t s2) {
  const uint32_t x = b.claims.doc_begin[d1] + static_cast<uint32_t>(s1);
  const uint32_t y = b.claims.doc_begin[d2] + static_cast<uint32_t>(s2);
  for (const auto& g : b.groups) {
    bool hx = false, hy = false;
    for (uint32_t c : g) hx = hx || c == x, hy = hy || c == y;
    if (hx || hy) return hx && hy;
  }
  return false;
}

// Names of a claim's features starting with prefix.
std::vector<std::string> FeaturesWith(const Built& b, const Claim& c, const std::string& prefix) {
  std::vector<std::string> out;
  for (const auto& [f, w] : c.vec) {
    if (b.claims.features[f].rfind(prefix, 0) == 0) out.push_back(b.claims.features[f]);
  }
  return out;
}

// A harbour story: one outlet says the port chief resigned, another that she stepped down;
// a third tells the union quitting the wage talks (quit shares the office-leaving sense).
void HarbourStory(TestStory* s, size_t* a, size_t* b, size_t* c) {
  *a = s->Add("Harbour Gazette",
              {"Port chief Elin Marsk resigned from the harbour board.",
               "Cargo volumes at the Velgrad terminal rose sharply this autumn.",
               "Dockworkers plan a strike over pay next month."},
              0, false);
  *b = s->Add("Coastal Wire",
              {"Marsk stepped down from the board, auditors said.",
               "Velgrad terminal cargo volumes rose sharply this autumn, figures show.",
               "The ferry operator expects delays during the holidays."},
              1, false);
  *c = s->Add("Valley Post",
              {"The dockworkers union quit the wage talks with the ferry operator.",
               "Shipping lines warned of higher fees at the Velgrad terminal."},
              2, false);
  for (size_t d : {*a, *b, *c}) {
    s->Entity(d, "Elin Marsk", EntityType::kPerson, "Elin Marsk");
    s->Entity(d, "Marsk", EntityType::kPerson, "Elin Marsk");
    s->Entity(d, "Velgrad", EntityType::kPlace, "Velgrad");
  }
}

TEST(SemanticFeaturesTest, ParaphrasedVerbsAlignOnlyWithTheLexicon) {
  TestStory s;
  size_t a, b, c;
  HarbourStory(&s, &a, &b, &c);
  const Built plain = Build(&s, nullptr);
  EXPECT_FALSE(Together(plain, a, 0, b, 0)) << "only the surname is shared";
  EXPECT_TRUE(FeaturesWith(plain, ClaimOf(plain, a, 0),
                           "\x01"
                           "c")
                  .empty());

  const nlp::Lexicon lex = HandLexicon();
  const Built with = Build(&s, &lex);
  EXPECT_GT(Cosine(ClaimOf(with, a, 0), ClaimOf(with, b, 0)),
            Cosine(ClaimOf(plain, a, 0), ClaimOf(plain, b, 0)));
  EXPECT_TRUE(Together(with, a, 0, b, 0))
      << "resigned / stepped down " << Cosine(ClaimOf(with, a, 0), ClaimOf(with, b, 0)) << " "
      << Cosine(ClaimOf(plain, a, 0), ClaimOf(plain, b, 0)) << " "
      << PairScore(ClaimOf(with, a, 0), ClaimOf(with, b, 0));
  // The union quitting talks shares the sense but is another fact.
  EXPECT_FALSE(Together(with, a, 0, c, 0));
  EXPECT_FALSE(Together(with, b, 0, c, 0));
  // What aligns without the lexicon still does.
  EXPECT_TRUE(Together(with, a, 1, b, 1));
  EXPECT_TRUE(Together(plain, a, 1, b, 1));
}

TEST(SemanticFeaturesTest, AConceptOneWordAloneReachesAddsNothing) {
  // "meeting" twice and nothing else of concept 5: the word feature already says it all.
  TestStory s;
  const size_t a = s.Add("North Ledger", {"The meeting of the harbour board ran late."}, 0, false);
  const size_t b = s.Add("South Ledger", {"The harbour board meeting ran long."}, 1, false);
  const nlp::Lexicon lex = HandLexicon();
  const Built with = Build(&s, &lex);
  EXPECT_TRUE(FeaturesWith(with, ClaimOf(with, a, 0),
                           "\x01"
                           "c")
                  .empty());
  EXPECT_TRUE(FeaturesWith(with, ClaimOf(with, b, 0),
                           "\x01"
                           "c")
                  .empty());
  // "revamped" and "updated": two roots reach concept 3, and both claims carry it.
  TestStory t;
  const size_t c =
      t.Add("North Ledger", {"The harbour board revamped its fee schedule."}, 0, false);
  const size_t d = t.Add("South Ledger", {"The harbour board updated its fee schedule."}, 1, false);
  const Built both = Build(&t, &lex);
  const auto fc = FeaturesWith(both, ClaimOf(both, c, 0),
                               "\x01"
                               "c");
  EXPECT_EQ(fc.size(), 1u);
  EXPECT_EQ(fc, FeaturesWith(both, ClaimOf(both, d, 0),
                             "\x01"
                             "c"));
}

// Fictional countries: Ostland (XO) with the town Velgrad, Marenia (XM) with Pellin.
nlp::PlaceNames HandPlaces() {
  nlp::PlaceNames t;
  auto add = [&](const char* country, nlp::PlaceKind kind, const char* name) {
    t.AddName(NameKey(name), t.AddPlace(country, 50000, kind), true);
  };
  add("XO", nlp::PlaceKind::kCountry, "Ostland");
  add("XM", nlp::PlaceKind::kCountry, "Marenia");
  add("XO", nlp::PlaceKind::kCity, "Velgrad");
  add("XM", nlp::PlaceKind::kCity, "Pellin");
  t.Finish(8);
  return t;
}

TEST(SemanticFeaturesTest, ATownMeetsItsCountryOnlyWhenTheStoryNamesBoth) {
  TestStory s;
  const size_t a = s.Add("Harbour Gazette",
                         {"Foreign minister Tor Aaland arrived in Velgrad on Monday evening.",
                          "Aaland later flew on to Pellin."},
                         0, false);
  const size_t b = s.Add("Coastal Wire",
                         {"Aaland, who was in Ostland on Monday, declined to comment."}, 1, false);
  for (size_t d : {a, b}) {
    s.Entity(d, "Tor Aaland", EntityType::kPerson, "Tor Aaland");
    s.Entity(d, "Aaland", EntityType::kPerson, "Tor Aaland");
    s.Entity(d, "Velgrad", EntityType::kPlace, "Velgrad");
    s.Entity(d, "Pellin", EntityType::kPlace, "Pellin");
    s.Entity(d, "Ostland", EntityType::kPlace, "Ostland");
  }
  const nlp::PlaceNames places = HandPlaces();
  const Built with = Build(&s, nullptr, &places);
  const std::vector<std::string> xo = {
      "\x01"
      "pXO"};
  EXPECT_EQ(FeaturesWith(with, ClaimOf(with, a, 0),
                         "\x01"
                         "p"),
            xo);
  EXPECT_EQ(FeaturesWith(with, ClaimOf(with, b, 0),
                         "\x01"
                         "p"),
            xo);
  // Marenia is not named: Pellin carries nothing.
  EXPECT_TRUE(FeaturesWith(with, ClaimOf(with, a, 1),
                           "\x01"
                           "p")
                  .empty());
  const Built plain = Build(&s, nullptr, nullptr);
  EXPECT_TRUE(FeaturesWith(plain, ClaimOf(plain, a, 0),
                           "\x01"
                           "p")
                  .empty());
  EXPECT_GT(Cosine(ClaimOf(with, a, 0), ClaimOf(with, b, 0)),
            Cosine(ClaimOf(plain, a, 0), ClaimOf(plain, b, 0)));
}

}  // namespace
}  // namespace corroborate::reconcile_test
