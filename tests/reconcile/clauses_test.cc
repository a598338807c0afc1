// Clause splitting (reconcile/clauses.h): the rule boundaries on a claim's tokens, the parse
// boundaries from hand-made dependency words, holders and denials per clause.
#include "reconcile/clauses.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "reconcile/claims.h"
#include "reconcile/test_story.h"

namespace corroborate::reconcile_test {
namespace {

struct Built {
  StoryInput input;
  ResolvedEntities entities;
  ClaimSet claims;
};

// One article of the given sentences (no headline), with places marked.
Built Build(TestStory* s, const std::vector<std::string>& lines,
            const std::vector<std::string>& places) {
  size_t a = s->Add("Frontline Digest", lines, 0, false);
  for (const auto& p : places) s->Entity(a, p, EntityType::kPlace, p);
  Built b;
  b.input = s->Input();
  b.entities = s->Entities();
  b.claims = BuildClaims(b.input, b.entities);
  return b;
}

std::string ClauseText(const TestStory& s, const ClauseReading& c) {
  return std::string(c.span.Of(s.article(0).text));
}

std::string Holder(const Claim& c, const ClauseReading& cl) {
  if (cl.holder < 0) return "";
  return c.reading.attributions[cl.holder].holder;
}

TEST(ClausesTest, AssertionButDenialAreTwoClausesWithTheirHolders) {
  TestStory s;
  Built b = Build(&s,
                  {"Russia's defence ministry said its forces had captured the town of Marvik, but "
                   "Kyiv denied it and said fighting continued in the western districts."},
                  {"Russia", "Kyiv", "Marvik"});
  const Claim& c = b.claims.claims[0];
  ASSERT_EQ(c.reading.clauses.size(), 2u);
  const ClauseReading& first = c.reading.clauses[0];
  const ClauseReading& second = c.reading.clauses[1];
  EXPECT_EQ(ClauseText(s, first),
            "Russia's defence ministry said its forces had captured the town of Marvik");
  EXPECT_EQ(ClauseText(s, second),
            "but Kyiv denied it and said fighting continued in the western districts");
  EXPECT_FALSE(first.denial);
  EXPECT_TRUE(second.denial);
  EXPECT_TRUE(second.refers_back);
  EXPECT_EQ(Holder(c, second), "Kyiv");
  EXPECT_NE(Holder(c, first).find("defence ministry"), std::string::npos) << Holder(c, first);
  // The clauses partition the sentence's tokens.
  EXPECT_EQ(first.token_begin, 0u);
  EXPECT_EQ(first.token_end, second.token_begin);
  EXPECT_EQ(second.token_end, c.tokens.size());
  EXPECT_EQ(ClauseOf(c, 0), 0);
  EXPECT_EQ(ClauseOf(c, c.tokens.size() - 1), 1);
}

TEST(ClausesTest, SemicolonAndSecondSpeakerSplit) {
  TestStory s;
  Built b = Build(&s,
                  {"The army said the Ostrin bridge was destroyed and the regional governor said "
                   "it was still standing on Monday.",
                   "Rebels shelled Ostrin overnight; two civilians were wounded, medics reported."},
                  {"Ostrin"});
  const Claim& c0 = b.claims.claims[0];
  ASSERT_EQ(c0.reading.clauses.size(), 2u);
  EXPECT_EQ(ClauseText(s, c0.reading.clauses[1]),
            "and the regional governor said it was still standing on Monday");
  EXPECT_EQ(Holder(c0, c0.reading.clauses[1]), "the regional governor");
  const Claim& c1 = b.claims.claims[1];
  ASSERT_EQ(c1.reading.clauses.size(), 2u);
  EXPECT_EQ(ClauseText(s, c1.reading.clauses[0]), "Rebels shelled Ostrin overnight");
}

TEST(ClausesTest, OneSubjectWithTwoVerbsOrATrailingCueStaysWhole) {
  TestStory s;
  Built b = Build(&s,
                  {"Kyiv denied it and said fighting continued around the station.",
                   "The town of Marvik fell on Sunday after weeks of fighting, officials said.",
                   "While in Marvik, the commander said the front had stabilised."},
                  {"Kyiv", "Marvik"});
  for (const Claim& c : b.claims.claims) {
    EXPECT_TRUE(c.reading.clauses.empty()) << s.article(0).text.substr(c.span.begin, 40);
  }
}

TEST(ClausesTest, DenialOfANamedThingDoesNotPointBack) {
  TestStory s;
  Built b = Build(&s,
                  {"The mayor said the plant would close in May, but the company rejected the "
                   "closure plan outright.",
                   "The mayor said the plant would close in May, but the company dismissed the "
                   "reports, saying talks were under way."},
                  {});
  const Claim& c0 = b.claims.claims[0];
  ASSERT_EQ(c0.reading.clauses.size(), 2u);
  EXPECT_TRUE(c0.reading.clauses[1].denial);
  EXPECT_FALSE(c0.reading.clauses[1].refers_back);
  const Claim& c1 = b.claims.claims[1];
  ASSERT_EQ(c1.reading.clauses.size(), 2u);
  EXPECT_TRUE(c1.reading.clauses[1].refers_back);
}

// With a parse, a contrast the rules cannot see (no comma, no speech verb) splits: the conj verb
// has its own subject and hangs off the root.
TEST(ClausesTest, ParseSplitsAConjWithItsOwnSubject) {
  TestStory s;
  const std::string line = "The rebels held the northern pass whereas the army kept the valley.";
  Built b = Build(&s, {line}, {});
  const Claim& c = b.claims.claims[0];
  EXPECT_TRUE(c.reading.clauses.empty());  // rules alone: one clause

  AnnotatedDoc doc = *b.input.docs[0];
  // word: text, head (sentence-relative, -1 root), upos, deprel
  struct W {
    const char* text;
    int head;
    const char* upos;
    const char* deprel;
    const char* lemma;
  };
  const std::vector<W> ws = {
      {"The", 1, "DET", "det", "the"},          {"rebels", 2, "NOUN", "nsubj", "rebel"},
      {"held", -1, "VERB", "root", "hold"},     {"the", 5, "DET", "det", "the"},
      {"northern", 5, "ADJ", "amod", "north"},  {"pass", 2, "NOUN", "obj", "pass"},
      {"whereas", 9, "SCONJ", "cc", "whereas"}, {"the", 8, "DET", "det", "the"},
      {"army", 9, "NOUN", "nsubj", "army"},     {"kept", 2, "VERB", "conj", "keep"},
      {"the", 11, "DET", "det", "the"},         {"valley", 9, "NOUN", "obj", "valley"},
      {".", 2, "PUNCT", "punct", "."}};
  doc.words.clear();
  uint32_t from = 0;
  for (const W& w : ws) {
    Word x;
    const size_t p = line.find(w.text, from);
    ASSERT_NE(p, std::string::npos) << w.text;
    x.span = {static_cast<uint32_t>(p), static_cast<uint32_t>(p + std::string(w.text).size())};
    from = x.span.end;
    x.head = w.head;
    x.upos = w.upos;
    x.deprel = w.deprel;
    x.lemma = w.lemma;
    doc.words.push_back(x);
  }
  doc.sentences[0].word_begin = 0;
  doc.sentences[0].word_end = static_cast<uint32_t>(doc.words.size());
  std::vector<ClauseReading> clauses = SplitClauses(doc, c);
  ASSERT_EQ(clauses.size(), 2u);
  EXPECT_EQ(ClauseText(s, clauses[0]), "The rebels held the northern pass");
  EXPECT_EQ(ClauseText(s, clauses[1]), "whereas the army kept the valley");

  // The same parse with "kept" sharing the subject (no nsubj of its own) stays one clause.
  doc.words[8].deprel = "obj";
  doc.words[8].head = 2;
  EXPECT_TRUE(SplitClauses(doc, c).empty());
}

TEST(ClausesTest, AParenthesisIsNeverAClauseOfItsOwn) {
  TestStory s;
  Built b = Build(&s,
                  {"Varnia claimed it took Marvik (though Kestria said fighting went on there) "
                   "and two villages; Kestria denied this."},
                  {"Varnia", "Kestria", "Marvik"});
  const Claim& c = b.claims.claims[0];
  ASSERT_EQ(c.reading.clauses.size(), 2u);
  EXPECT_EQ(ClauseText(s, c.reading.clauses[0]),
            "Varnia claimed it took Marvik (though Kestria said fighting went on there) and two "
            "villages");
  EXPECT_EQ(Holder(c, c.reading.clauses[0]), "Varnia");
  EXPECT_TRUE(c.reading.clauses[1].denial);

  // Outside a parenthesis the same "though" does open a clause.
  TestStory t;
  Built d =
      Build(&t, {"Varnia claimed it took Marvik, though Kestria said fighting went on there."},
            {"Varnia", "Kestria", "Marvik"});
  ASSERT_EQ(d.claims.claims[0].reading.clauses.size(), 2u);
  EXPECT_EQ(ClauseText(t, d.claims.claims[0].reading.clauses[1]),
            "though Kestria said fighting went on there");
}

}  // namespace
}  // namespace corroborate::reconcile_test
