// The gold reader: a valid file reads completely; every kind of mistake is one clear line naming
// the file and the record.
#include "eval/gold_file.h"

#include <gtest/gtest.h>

#include <string>

namespace corroborate::eval {
namespace {

const char* kValid = R"({
  "schema": "corroborate/gold@1",
  "corpus": "../corpus",
  "entity_ignore": ["Varnian"],
  "entities": [
    {"name": "Edvin Sarkan", "type": "person", "variants": ["Sarkan"], "roles": ["foreign minister"]},
    {"name": "Varnia", "type": "place", "note": "the country"}
  ],
  "quotes": [
    {"speaker": "Sarkan", "key": "not peace yet", "direct": true, "articles": ["02", "cpr"]},
    {"speaker": "anonymous: a Western diplomat", "key": "the easy part", "direct": false,
     "articles": ["03"]}
  ],
  "facts": [
    {"description": "240 prisoners", "keys": ["240", "prisoners|captives"], "articles": ["02", "03"],
     "independent_sources": 2, "status": "confirmed"}
  ],
  "conflicts": [
    {"kind": "number", "sides": [["six hours"], ["four hours"]], "articles": ["02", "05"]}
  ],
  "positions": [
    {"actor": "Varnia|Sarkan", "issue": "border", "stance": "demands", "articles": ["02"]}
  ],
  "timeline": [
    {"description": "The talks", "date": "2026-03-03", "precision": "day", "keys": ["talks"],
     "articles": ["02", "05"]},
    {"description": "Drones downed overnight", "date": "2026-03-03|2026-03-04", "precision": "day",
     "keys": ["drones"], "articles": ["02"]},
    {"description": "Shuttle diplomacy", "date": "2026-02-28", "precision": "weekend",
     "keys": ["shuttled"], "articles": ["01"]}
  ],
  "framing": [
    {"term": "stormed out", "article": "05", "voice": "outlet"}
  ]
})";

std::string ErrorOf(const std::string& json) {
  Result<Gold> g = ParseGold(json, "gold.json");
  return g.ok() ? "" : g.status().message();
}

// kValid with `from` replaced by `to` (once).
std::string Edit(const std::string& from, const std::string& to) {
  std::string s = kValid;
  const size_t at = s.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  return s.replace(at, from.size(), to);
}

TEST(GoldFile, ReadsEveryCategory) {
  Result<Gold> g = ParseGold(kValid, "gold.json");
  ASSERT_TRUE(g.ok()) << g.status().message();
  EXPECT_EQ(g->corpus, "../corpus");
  ASSERT_EQ(g->entities.size(), 2u);
  EXPECT_EQ(g->entities[0].variants, std::vector<std::string>{"Sarkan"});
  EXPECT_EQ(g->entities[0].roles, std::vector<std::string>{"foreign minister"});
  ASSERT_EQ(g->quotes.size(), 2u);
  EXPECT_FALSE(g->quotes[1].direct);
  EXPECT_EQ(g->quotes[0].articles, (std::vector<std::string>{"02", "cpr"}));
  ASSERT_EQ(g->facts.size(), 1u);
  EXPECT_EQ(g->facts[0].keys.size(), 2u);
  EXPECT_EQ(g->facts[0].independent_sources, 2);
  ASSERT_EQ(g->conflicts.size(), 1u);
  EXPECT_EQ(g->conflicts[0].sides.size(), 2u);
  EXPECT_EQ(g->conflicts[0].sides[1], std::vector<std::string>{"four hours"});
  ASSERT_EQ(g->positions.size(), 1u);
  EXPECT_TRUE(g->has_positions);
  EXPECT_EQ(g->entity_ignore, std::vector<std::string>{"Varnian"});
  ASSERT_EQ(g->timeline.size(), 3u);
  EXPECT_TRUE(g->has_timeline);
  EXPECT_EQ(g->timeline[1].dates, (std::vector<std::string>{"2026-03-03", "2026-03-04"}));
  EXPECT_EQ(g->timeline[2].precision, "weekend");
  ASSERT_EQ(g->framing.size(), 1u);
  EXPECT_TRUE(g->has_framing);
  EXPECT_EQ(g->framing[0].voice, "outlet");
}

// A date must be written at its precision: a week by its Monday, a weekend by its Saturday.
TEST(GoldFile, ChecksTimelineDatesAgainstTheirPrecision) {
  EXPECT_EQ(ErrorOf(Edit(R"("date": "2026-03-03", "precision": "day")",
                         R"("date": "2026-03", "precision": "day")")),
            "gold.json: timeline[0]: 'date' 2026-03 is not a day (YYYY-MM-DD) as its precision "
            "says");
  EXPECT_EQ(ErrorOf(Edit(R"("date": "2026-03-03", "precision": "day")",
                         R"("date": "2026-03-03", "precision": "week")")),
            "gold.json: timeline[0]: 'date' 2026-03-03 of a week must be its Monday");
  EXPECT_EQ(ErrorOf(Edit(R"("date": "2026-02-28", "precision": "weekend")",
                         R"("date": "2026-03-01", "precision": "weekend")")),
            "gold.json: timeline[2]: 'date' 2026-03-01 of a weekend must be its Saturday");
  EXPECT_EQ(ErrorOf(Edit(R"("date": "2026-03-03|2026-03-04")", R"("date": "2026-03-03|4 March")")),
            "gold.json: timeline[1]: 'date' is not an ISO date: 4 March");
  EXPECT_EQ(ErrorOf(Edit(R"("precision": "weekend")", R"("precision": "fortnight")")),
            "gold.json: timeline[2]: 'precision' has an unknown value: fortnight");
  EXPECT_EQ(ErrorOf(Edit(R"("voice": "outlet")", R"("voice": "editorial")")),
            "gold.json: framing[0]: 'voice' has an unknown value: editorial");
  EXPECT_EQ(ErrorOf(Edit(R"("term": "stormed out", )", "")),
            "gold.json: framing[0]: 'term' is missing");
}

TEST(GoldFile, FindsEntitiesByAnySpelling) {
  Result<Gold> g = ParseGold(kValid, "gold.json");
  ASSERT_TRUE(g.ok());
  EXPECT_EQ(g->FindEntity("SARKAN"), 0);
  EXPECT_EQ(g->FindEntity("Varnia"), 1);
  EXPECT_EQ(g->FindEntity("Kestria"), -1);
  EXPECT_EQ(g->FindEntities("Varnia|Sarkan|Kestria"), (std::vector<int>{1, 0, -1}));
}

TEST(GoldFile, RejectsBrokenJsonAndWrongSchema) {
  EXPECT_NE(ErrorOf("{").find("gold.json: invalid JSON"), std::string::npos);
  EXPECT_EQ(ErrorOf("[]"), "gold.json: not a JSON object");
  EXPECT_EQ(ErrorOf(Edit("gold@1", "gold@2")),
            "gold.json: 'schema' must be \"corroborate/gold@1\"");
}

TEST(GoldFile, NeedsExactlyOneCorpus) {
  EXPECT_NE(ErrorOf(Edit(R"("corpus": "../corpus",)", "")).find("give exactly one of 'corpus'"),
            std::string::npos);
  EXPECT_NE(
      ErrorOf(Edit(R"("corpus": "../corpus",)", R"("corpus": "a", "shared_corpus": "seeds",)"))
          .find("exactly one"),
      std::string::npos);
}

TEST(GoldFile, NamesTheRecordAndTheProblem) {
  EXPECT_EQ(ErrorOf(Edit(R"("type": "place")", R"("type": "city")")),
            "gold.json: entities[1]: 'type' has an unknown value: city");
  EXPECT_EQ(ErrorOf(Edit(R"("variants": ["Sarkan"])", R"("varients": ["Sarkan"])")),
            "gold.json: entities[0]: unknown field 'varients'");
  EXPECT_EQ(ErrorOf(Edit(R"("direct": false,)", "")), "gold.json: quotes[1]: 'direct' is missing");
  EXPECT_EQ(ErrorOf(Edit(R"("speaker": "Sarkan")", R"("speaker": "Castellan")")),
            "gold.json: quotes[0]: 'speaker' names no gold entity (add it to entities, or write "
            "\"anonymous: …\"): Castellan");
  EXPECT_EQ(ErrorOf(Edit(R"("status": "confirmed")", R"("status": "likely")")),
            "gold.json: facts[0]: 'status' has an unknown value: likely");
  EXPECT_EQ(ErrorOf(Edit(R"("independent_sources": 2)", R"("independent_sources": 3)")),
            "gold.json: facts[0]: 'independent_sources' exceeds the number of articles");
  EXPECT_EQ(ErrorOf(Edit(R"("independent_sources": 2)", R"("independent_sources": "2")")),
            "gold.json: facts[0]: 'independent_sources' is not an integer >= 1");
  EXPECT_EQ(ErrorOf(Edit(R"("articles": ["03"])", R"("articles": [])")),
            "gold.json: quotes[1]: 'articles' is empty");
  EXPECT_EQ(ErrorOf(Edit(R"([["six hours"], ["four hours"]])", R"([["six hours"]])")),
            "gold.json: conflicts[0]: a conflict needs at least two sides");
  EXPECT_EQ(ErrorOf(Edit(R"("stance": "demands")", R"("stance": "wants")")),
            "gold.json: positions[0]: 'stance' has an unknown value: wants");
  EXPECT_EQ(ErrorOf(Edit(R"("actor": "Varnia|Sarkan")", R"("actor": "Varnia|Kestria")")),
            "gold.json: positions[0]: 'actor' names no gold entity: Varnia|Kestria");
  EXPECT_EQ(ErrorOf(Edit(R"("entities": [)", R"("entities": [3, )")),
            "gold.json: entities[0]: not an object");
}

TEST(GoldFile, KeepsKeyPhrasesShort) {
  EXPECT_EQ(ErrorOf(Edit(R"("key": "not peace yet")",
                         R"("key": "this is not peace yet but it is the first honest one")")),
            "gold.json: quotes[0]: 'key': key phrase longer than 8 words: this is not peace yet "
            "but it is the first honest one");
  EXPECT_EQ(ErrorOf(Edit(R"("keys": ["240", "prisoners|captives"])", R"("keys": [])")),
            "gold.json: facts[0]: 'keys' is empty");
  EXPECT_EQ(ErrorOf(Edit(R"("keys": ["240", "prisoners|captives"])",
                         R"("keys": ["a", "b", "c", "d", "e"])")),
            "gold.json: facts[0]: 'keys' must hold 1 to 4 phrases");
  EXPECT_EQ(
      ErrorOf(Edit(R"(["four hours"])", R"(["one two three four five six seven eight nine"])")),
      "gold.json: conflicts[0]: key phrase longer than 8 words: one two three four five six "
      "seven eight nine");
}

TEST(GoldFile, ReportsAMissingFile) {
  Result<Gold> g = ReadGoldFile("/nonexistent/gold.json");
  ASSERT_FALSE(g.ok());
  EXPECT_NE(g.status().message().find("/nonexistent/gold.json"), std::string::npos);
}

}  // namespace
}  // namespace corroborate::eval
