// Clause-level claims (clause_units.h, clause_claims.h, clause_support.h): a sentence that tells
// several facts in subordinate clauses supports each of them, with the clause as its evidence,
// and an article still counts once per fact. Each rule both ways: a clause that becomes its own
// claim and aligns, and one that must not (too little content, another fact, a phrase without a
// verb, a clause its own sentence's fact already tells).
#include "reconcile/clause_support.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "reconcile/claims.h"
#include "reconcile/clause_units.h"
#include "reconcile/facts.h"
#include "reconcile/test_story.h"

namespace corroborate::reconcile_test {
namespace {

struct Told {
  StoryInput input;
  ResolvedEntities entities;
  ClaimSet claims;
  std::vector<std::vector<uint32_t>> groups;
  FactTable table;
};

Told Tell(TestStory* s) {
  Told t;
  t.input = s->Input();
  t.entities = s->Entities();
  t.claims = BuildClaims(t.input, t.entities);
  t.groups = AlignClaims(t.claims);
  t.table = BuildFacts(t.input, t.claims, t.entities, t.groups, {},
                       SecondarySupport(t.claims, t.groups), ClauseSupport(t.claims, t.groups));
  return t;
}

// The fact holding sentence s of doc d as a member.
const Fact& FactOf(const Told& t, size_t d, size_t s) {
  const int32_t f = t.table.fact_of_claim[t.claims.doc_begin[d] + s];
  EXPECT_GE(f, 0);
  return t.table.facts[static_cast<size_t>(f)];
}

// The evidence texts a fact shows from article d (one per article at most).
std::vector<std::string> EvidenceFrom(const TestStory& s, const Fact& f, size_t d) {
  std::vector<std::string> out;
  for (const Evidence& e : f.evidence) {
    if (e.article == d) out.emplace_back(e.span.Of(s.article(d).text));
  }
  return out;
}

std::vector<std::string> UnitTexts(const TestStory& s, const Told& t, size_t d, size_t sentence) {
  const uint32_t claim = t.claims.doc_begin[d] + static_cast<uint32_t>(sentence);
  std::vector<std::string> out;
  for (const ClauseUnit& u : SplitUnits(*t.input.docs[d], t.claims.claims[claim])) {
    out.emplace_back(u.span.Of(s.article(d).text));
  }
  return out;
}

TEST(ClauseUnitsTest, RulesCutRelativeAdverbialAndParticipialClauses) {
  TestStory s;
  const size_t a = s.Add(
      "Tarsk Herald",
      {"Envoy Harlan Voss, who came to Tarsk for the fourth time this year, brought a revised "
       "version of the peace plan.",
       "Minister Dorn stepped in after Ilse Marek resigned as chief of staff amid a sweeping "
       "corruption inquiry.",
       "Speaking during a visit to Lisbon, Prime Minister Alva Renn promised steady support for "
       "the reconstruction fund.",
       "After the long meeting in the capital, the delegations issued a joint statement on "
       "grain.",
       "Voss, who smiled, brought a revised version of the peace plan."},
      0, false);
  s.Entity(a, "Harlan Voss", EntityType::kPerson, "Harlan Voss");
  s.Entity(a, "Voss", EntityType::kPerson, "Harlan Voss");
  s.Entity(a, "Tarsk", EntityType::kPlace, "Tarsk");
  s.Entity(a, "Dorn", EntityType::kPerson, "Dorn");
  s.Entity(a, "Ilse Marek", EntityType::kPerson, "Ilse Marek");
  s.Entity(a, "Lisbon", EntityType::kPlace, "Lisbon");
  s.Entity(a, "Alva Renn", EntityType::kPerson, "Alva Renn");
  const Told t = Tell(&s);
  EXPECT_EQ(UnitTexts(s, t, a, 0),
            (std::vector<std::string>{
                "Envoy Harlan Voss, who came to Tarsk for the fourth time this year",
                // The main clause runs from its subject to its last word, around the other.
                "Envoy Harlan Voss, who came to Tarsk for the fourth time this year, brought a "
                "revised version of the peace plan"}));
  EXPECT_EQ(UnitTexts(s, t, a, 1),
            (std::vector<std::string>{
                "Minister Dorn stepped in",
                "after Ilse Marek resigned as chief of staff amid a sweeping corruption "
                "inquiry"}));
  EXPECT_EQ(UnitTexts(s, t, a, 2),
            (std::vector<std::string>{"Speaking during a visit to Lisbon",
                                      "Prime Minister Alva Renn promised steady support for the "
                                      "reconstruction fund"}));
  // "After the long meeting" is a phrase, not a clause: one proposition.
  EXPECT_TRUE(UnitTexts(s, t, a, 3).empty());
  // "who smiled" has too little content to stand as a fact.
  EXPECT_TRUE(UnitTexts(s, t, a, 4).empty());
}

// Hand-made parse of a relative clause: the antecedent is leaned on, the main clause keeps the
// rest; with the relative clause re-hung as a plain modifier the sentence is one unit.
TEST(ClauseUnitsTest, ParseCutsRelativeClauseWithItsAntecedent) {
  TestStory s;
  const std::string line =
      "Envoy Voss, who visited Tarsk for the fourth time, brought a revised peace plan.";
  const size_t a = s.Add("Tarsk Herald", {line}, 0, false);
  s.Entity(a, "Voss", EntityType::kPerson, "Voss");
  s.Entity(a, "Tarsk", EntityType::kPlace, "Tarsk");
  StoryInput in = s.Input();
  ResolvedEntities ents = s.Entities();
  ClaimSet set = BuildClaims(in, ents);
  AnnotatedDoc doc = *in.docs[a];
  struct W {
    const char* text;
    int head;
    const char* upos;
    const char* deprel;
  };
  std::vector<W> ws = {{"Envoy", 1, "PROPN", "compound"},
                       {"Voss", 11, "PROPN", "nsubj"},
                       {",", 4, "PUNCT", "punct"},
                       {"who", 4, "PRON", "nsubj"},
                       {"visited", 1, "VERB", "acl:relcl"},
                       {"Tarsk", 4, "PROPN", "obj"},
                       {"for", 9, "ADP", "case"},
                       {"the", 9, "DET", "det"},
                       {"fourth", 9, "ADJ", "amod"},
                       {"time", 4, "NOUN", "obl"},
                       {",", 4, "PUNCT", "punct"},
                       {"brought", -1, "VERB", "root"},
                       {"a", 15, "DET", "det"},
                       {"revised", 15, "VERB", "amod"},
                       {"peace", 15, "NOUN", "compound"},
                       {"plan", 11, "NOUN", "obj"},
                       {".", 11, "PUNCT", "punct"}};
  auto parse = [&](const std::vector<W>& words) {
    doc.words.clear();
    uint32_t from = 0;
    for (const W& w : words) {
      Word x;
      const size_t p = line.find(w.text, from);
      x.span = {static_cast<uint32_t>(p), static_cast<uint32_t>(p + std::string(w.text).size())};
      from = x.span.end;
      x.head = w.head;
      x.upos = w.upos;
      x.deprel = w.deprel;
      x.lemma = w.text;
      doc.words.push_back(x);
    }
    doc.sentences[0].word_begin = 0;
    doc.sentences[0].word_end = static_cast<uint32_t>(doc.words.size());
  };
  parse(ws);
  std::vector<ClauseUnit> units = SplitUnits(doc, set.claims[0]);
  ASSERT_EQ(units.size(), 2u);
  EXPECT_EQ(units[0].kind, ClauseKind::kRelative);
  EXPECT_EQ(units[0].span.Of(line), "Envoy Voss, who visited Tarsk for the fourth time");
  EXPECT_EQ(units[1].kind, ClauseKind::kMain);
  // The main unit leaves the relative clause out but keeps "Envoy Voss" as its own words.
  EXPECT_EQ(units[1].span.Of(line),
            "Envoy Voss, who visited Tarsk for the fourth time, brought a "
            "revised peace plan");
  bool main_has_time = false;
  for (uint32_t tok : units[1].tokens) main_has_time |= set.claims[0].tokens[tok].lower == "time";
  EXPECT_FALSE(main_has_time);

  ws[4].deprel = "xcomp";  // not a relative clause any more
  parse(ws);
  EXPECT_TRUE(SplitUnits(doc, set.claims[0]).empty());
}

// One outlet tells the revised plan and, in a relative clause, the envoy's fourth visit; another
// tells the plan in the same words, a third the visit on its own. The long sentence aligns with
// the plan and also supports the visit, with the relative clause as its evidence.
TEST(ClauseSupportTest, RelativeClauseSupportsASecondFact) {
  TestStory s;
  const size_t herald = s.Add(
      "Tarsk Herald",
      {"Envoy Harlan Voss, who came to Tarsk for the fourth time this year, brought a revised "
       "version of the ceasefire plan drafted by the mediators in Geneva."},
      0, false);
  const size_t wire =
      s.Add("Northern Wire",
            {"Voss brought a revised version of the ceasefire plan drafted by the mediators in "
             "Geneva, officials said."},
            1, false);
  const size_t post =
      s.Add("Capital Post",
            {"It was the fourth time this year that the envoy came to Tarsk, his aides noted."}, 2,
            false);
  const size_t gazette =
      s.Add("Lakeside Gazette",
            {"Mediators in Geneva met farmers' unions about grain storage for the coming winter."},
            3, false);
  for (size_t d : {herald, wire}) {
    s.Entity(d, "Harlan Voss", EntityType::kPerson, "Harlan Voss");
    s.Entity(d, "Voss", EntityType::kPerson, "Harlan Voss");
  }
  for (size_t d : {herald, wire, gazette}) s.Entity(d, "Geneva", EntityType::kPlace, "Geneva");
  for (size_t d : {herald, post}) s.Entity(d, "Tarsk", EntityType::kPlace, "Tarsk");
  const Told t = Tell(&s);
  const Fact& plan = FactOf(t, wire, 0);
  const Fact& visit = FactOf(t, post, 0);
  ASSERT_NE(&visit, &plan);
  EXPECT_EQ(t.table.fact_of_claim[t.claims.doc_begin[herald]],
            t.table.fact_of_claim[t.claims.doc_begin[wire]]);
  EXPECT_EQ(visit.independent_sources, 2);
  const auto from_visit = EvidenceFrom(s, visit, herald);
  ASSERT_EQ(from_visit.size(), 1u);
  EXPECT_EQ(from_visit[0], "Envoy Harlan Voss, who came to Tarsk for the fourth time this year");
  // Geneva and mediators alone do not make the grain meeting the plan's fact.
  EXPECT_EQ(FactOf(t, gazette, 0).evidence.size(), 1u);
}

// "Dorn took over … after Marek resigned …": the sentence aligns with its main clause's fact,
// and the resignation, told alone by another outlet, gains it as a second source; an unrelated
// fact sharing only the name does not.
TEST(ClauseSupportTest, AdverbialClauseSupportsItsOwnFactAndNothingElse) {
  TestStory s;
  const size_t gazette =
      s.Add("Lakeside Gazette",
            {"Defence Minister Anton Dorn took over the peace negotiations with the northern "
             "delegation on Monday after Ilse Marek resigned as chief of staff amid a corruption "
             "inquiry."},
            0, false);
  const size_t post = s.Add("Capital Post",
                            {"Defence Minister Anton Dorn took over the peace negotiations with "
                             "the northern delegation on Monday."},
                            1, false);
  const size_t courier =
      s.Add("Valley Courier",
            {"Ilse Marek resigned as chief of staff on Friday amid a widening corruption inquiry "
             "into procurement."},
            2, false);
  const size_t ledger =
      s.Add("Harbour Ledger",
            {"Ilse Marek opened a new children's hospital wing in the port city on Friday, "
             "accompanied by the health minister."},
            3, false);
  for (size_t d : {gazette, courier, ledger}) {
    s.Entity(d, "Ilse Marek", EntityType::kPerson, "Ilse Marek");
  }
  for (size_t d : {gazette, post}) s.Entity(d, "Anton Dorn", EntityType::kPerson, "Anton Dorn");
  const Told t = Tell(&s);
  EXPECT_EQ(t.table.fact_of_claim[t.claims.doc_begin[gazette]],
            t.table.fact_of_claim[t.claims.doc_begin[post]]);
  const Fact& resigned = FactOf(t, courier, 0);
  const auto from_gazette = EvidenceFrom(s, resigned, gazette);
  ASSERT_EQ(from_gazette.size(), 1u);
  EXPECT_EQ(from_gazette[0],
            "after Ilse Marek resigned as chief of staff amid a corruption inquiry");
  EXPECT_EQ(resigned.independent_sources, 2);
  EXPECT_EQ(resigned.status, FactStatus::kConfirmed);
  // The hospital wing shares the name and "Friday" only.
  const Fact& hospital = FactOf(t, ledger, 0);
  EXPECT_TRUE(EvidenceFrom(s, hospital, gazette).empty());
  EXPECT_EQ(hospital.independent_sources, 1);
}

// An article counts once per fact: two clauses of one sentence, or a clause and a sentence of
// the same article, never add a second evidence from it; a clause whose own sentence's fact
// already tells it adds nothing.
TEST(ClauseSupportTest, ArticleCountsOncePerFact) {
  TestStory s;
  const size_t gazette =
      s.Add("Lakeside Gazette",
            {"Ilse Marek resigned as chief of staff amid a sweeping corruption inquiry.",
             "Minister Anton Dorn stepped in after Ilse Marek resigned as chief of staff amid the "
             "corruption inquiry."},
            0, false);
  const size_t courier =
      s.Add("Valley Courier",
            {"Ilse Marek resigned as chief of staff on Friday amid a widening corruption inquiry."},
            1, false);
  for (size_t d : {gazette, courier}) s.Entity(d, "Ilse Marek", EntityType::kPerson, "Ilse Marek");
  s.Entity(gazette, "Anton Dorn", EntityType::kPerson, "Anton Dorn");
  const Told t = Tell(&s);
  const Fact& resigned = FactOf(t, courier, 0);
  EXPECT_EQ(EvidenceFrom(s, resigned, gazette).size(), 1u);
  EXPECT_EQ(resigned.independent_sources, 2);
  const auto links = ClauseSupport(t.claims, t.groups);
  for (size_t g = 0; g < links.size(); ++g) {
    for (const ClauseLink& l : links[g]) {
      for (uint32_t m : t.groups[g])
        EXPECT_NE(t.claims.claims[m].doc, t.claims.claims[l.claim].doc);
    }
  }
}

// With a parse, a clause claim names its predicate: the root of its finite verb ("resign").
TEST(ClauseClaimsTest, ParsedClauseNamesItsPredicate) {
  TestStory s;
  const std::string line = "Dorn took over the talks after Marek resigned as chief of staff.";
  const size_t a = s.Add("Tarsk Herald", {line}, 0, false);
  s.Entity(a, "Dorn", EntityType::kPerson, "Dorn");
  s.Entity(a, "Marek", EntityType::kPerson, "Marek");
  StoryInput in = s.Input();
  ResolvedEntities ents = s.Entities();
  AnnotatedDoc doc = *in.docs[a];
  struct W {
    const char* text;
    int head;
    const char* upos;
    const char* xpos;
    const char* deprel;
  };
  const std::vector<W> ws = {
      {"Dorn", 1, "PROPN", "NNP", "nsubj"},     {"took", -1, "VERB", "VBD", "root"},
      {"over", 1, "ADP", "RP", "compound:prt"}, {"the", 4, "DET", "DT", "det"},
      {"talks", 1, "NOUN", "NNS", "obj"},       {"after", 7, "SCONJ", "IN", "mark"},
      {"Marek", 7, "PROPN", "NNP", "nsubj"},    {"resigned", 1, "VERB", "VBD", "advcl"},
      {"as", 9, "ADP", "IN", "case"},           {"chief", 7, "NOUN", "NN", "obl"},
      {"of", 11, "ADP", "IN", "case"},          {"staff", 9, "NOUN", "NN", "nmod"},
      {".", 1, "PUNCT", ".", "punct"}};
  uint32_t from = 0;
  for (const W& w : ws) {
    Word x;
    const size_t p = line.find(w.text, from);
    x.span = {static_cast<uint32_t>(p), static_cast<uint32_t>(p + std::string(w.text).size())};
    from = x.span.end;
    x.head = w.head;
    x.upos = w.upos;
    x.xpos = w.xpos;
    x.deprel = w.deprel;
    x.lemma = w.text;
    doc.words.push_back(x);
  }
  doc.sentences[0].word_begin = 0;
  doc.sentences[0].word_end = static_cast<uint32_t>(doc.words.size());
  in.docs[a] = &doc;
  const ClaimSet set = BuildClaims(in, ents);
  bool resign = false;
  for (const Claim& c : set.clause_claims) {
    const std::string text(c.span.Of(line));
    if (text.find("resigned") != std::string::npos) resign = c.reading.predicate == "resign";
  }
  EXPECT_TRUE(resign);

  // Without a parse the clause names no predicate.
  const ClaimSet bare = BuildClaims(s.Input(), ents);
  for (const Claim& c : bare.clause_claims) EXPECT_TRUE(c.reading.predicate.empty());
}

// The clause's predicate (clause_claims.h: its verb roots, "resign") met in a lone sentence that
// shares a rare name with it lets the clause support that sentence's fact although the rest of
// the sentence dilutes the score; the same clause with another predicate, or none (no parse),
// supports nothing there.
TEST(ClauseSupportTest, SharedPredicateLetsClauseSupportLoneSentence) {
  TestStory s;
  const size_t gazette =
      s.Add("Lakeside Gazette",
            {"Defence Minister Anton Dorn took over the peace negotiations with the northern "
             "delegation on Monday after Ilse Marek resigned as chief of staff."},
            0, false);
  const size_t post = s.Add("Capital Post",
                            {"Defence Minister Anton Dorn took over the peace negotiations with "
                             "the northern delegation on Monday."},
                            1, false);
  const size_t courier =
      s.Add("Valley Courier",
            {"Critics argue that the resignation of Ilse Marek, long a divisive figure in the "
             "presidential office, has weakened the government ahead of the winter budget "
             "vote."},
            2, false);
  for (size_t d : {gazette, courier}) s.Entity(d, "Ilse Marek", EntityType::kPerson, "Ilse Marek");
  for (size_t d : {gazette, post}) s.Entity(d, "Anton Dorn", EntityType::kPerson, "Anton Dorn");
  Told t = Tell(&s);
  const uint32_t target = t.claims.doc_begin[courier];
  const int32_t group = t.table.fact_of_claim[target];
  ASSERT_GE(group, 0);
  // The group of the courier's sentence, by membership (groups and facts may be numbered apart).
  size_t g = t.groups.size();
  for (size_t i = 0; i < t.groups.size(); ++i) {
    for (uint32_t m : t.groups[i]) g = m == target ? i : g;
  }
  ASSERT_LT(g, t.groups.size());
  ASSERT_EQ(t.groups[g].size(), 1u);
  size_t clause = t.claims.clause_claims.size();
  for (size_t k = 0; k < t.claims.clause_claims.size(); ++k) {
    const std::string text(t.claims.clause_claims[k].span.Of(s.article(gazette).text));
    if (t.claims.clause_claims[k].doc == gazette && text.find("resigned") != std::string::npos) {
      clause = k;
    }
  }
  ASSERT_LT(clause, t.claims.clause_claims.size());
  auto links_to_target = [&]() {
    const auto links = ClauseSupport(t.claims, t.groups);
    return links[g].size();
  };
  EXPECT_EQ(links_to_target(), 0u);  // no parse: no predicate
  t.claims.clause_claims[clause].reading.predicate = "took resign";
  EXPECT_EQ(links_to_target(), 1u);
  t.claims.clause_claims[clause].reading.predicate = "took appoint";
  EXPECT_EQ(links_to_target(), 0u);
}

}  // namespace
}  // namespace corroborate::reconcile_test
