// The scorer on small hand-made accounts whose precision and recall are worked out by hand in
// each test's comment.
#include "eval/account_score.h"

#include <gtest/gtest.h>

#include <string>

#include "eval/gold_file.h"
#include "eval/system_account.h"

namespace corroborate::eval {
namespace {

// An account of four articles with one story holding the given JSON arrays (without brackets).
std::string AccountJson(const std::string& entities, const std::string& quotes = "",
                        const std::string& facts = "", const std::string& conflicts = "",
                        const std::string& positions_field = "") {
  return R"({"schema": "corroborate/account@1", "articles": [
      {"id": "02_ledger"}, {"id": "03_mpa"}, {"id": "05_courier"}, {"id": "06_observer"}],
    "stories": [{"id": "s1", "entities": [)" +
         entities + R"(], "quotes": [)" + quotes + R"(], "facts": [)" + facts +
         R"(], "conflicts": [)" + conflicts + "]" + positions_field + "}]}";
}

std::string GoldJson(const std::string& body) {
  return R"({"schema": "corroborate/gold@1", "corpus": "x", )" + body + "}";
}

AccountScores Score(const std::string& gold_json, const std::string& account_json) {
  Result<Gold> gold = ParseGold(gold_json, "gold.json");
  EXPECT_TRUE(gold.ok()) << gold.status().message();
  Result<SysAccount> account = ParseAccountJson(account_json, "account.json");
  EXPECT_TRUE(account.ok()) << account.status().message();
  Result<AccountScores> scores = ScoreAccount(*gold, *account);
  EXPECT_TRUE(scores.ok()) << scores.status().message();
  return *scores;
}

const CategoryScore& Category(const AccountScores& s, const std::string& name) {
  for (const CategoryScore& c : s.categories) {
    if (c.name == name) return c;
  }
  ADD_FAILURE() << name;
  return s.categories.front();
}

const DetailScore& Detail(const AccountScores& s, const std::string& name) {
  for (const DetailScore& d : s.details) {
    if (d.name == name) return d;
  }
  ADD_FAILURE() << name;
  return s.details.front();
}

const char* kEntities = R"("entities": [
    {"name": "Edvin Sarkan", "type": "person", "variants": ["Sarkan"], "roles": ["foreign minister"]},
    {"name": "Varnia", "type": "place"},
    {"name": "Velgrad", "type": "place", "variants": ["Velhorod"]},
    {"name": "Miren Castellan", "type": "person", "variants": ["Castellan"]}])";

// Gold: Sarkan, Varnia, Velgrad, Castellan. System: Sarkan (with his variant and role), Varnia
// (typed as an organisation), Orlen (not gold). Found 2 of 4 gold; 2 of 3 system entities right.
TEST(AccountScore, EntitiesPrecisionRecallAndDetails) {
  const AccountScores s = Score(GoldJson(kEntities), AccountJson(R"(
      {"id": "e1", "name": "Edvin Sarkan", "type": "person", "variants": ["Sarkan"],
       "roles": ["Varnian foreign minister"]},
      {"id": "e2", "name": "Varnia", "type": "organization", "variants": []},
      {"id": "e3", "name": "Orlen", "type": "place", "variants": []})"));
  const CategoryScore& e = Category(s, "entities");
  EXPECT_EQ(e.gold, 4u);
  EXPECT_EQ(e.found, 2u);
  EXPECT_EQ(e.system, 3u);
  EXPECT_EQ(e.correct, 2u);
  EXPECT_DOUBLE_EQ(e.precision(), 2.0 / 3);
  EXPECT_DOUBLE_EQ(e.recall(), 0.5);
  EXPECT_DOUBLE_EQ(e.f1(), 2 * (2.0 / 3) * 0.5 / (2.0 / 3 + 0.5));
  EXPECT_EQ(e.misses, (std::vector<std::string>{"Velgrad (place)", "Miren Castellan (person)"}));
  ASSERT_EQ(e.false_positives.size(), 1u);
  EXPECT_NE(e.false_positives[0].find("Orlen"), std::string::npos);
  EXPECT_EQ(Detail(s, "type agrees").hits, 1u);  // Varnia is a place, not an organisation
  EXPECT_EQ(Detail(s, "type agrees").total, 2u);
  // Sarkan ~ Edvin Sarkan merged; Velgrad ~ Velhorod and Castellan ~ Miren Castellan not.
  EXPECT_EQ(Detail(s, "variant pairs merged").hits, 1u);
  EXPECT_EQ(Detail(s, "variant pairs merged").total, 3u);
  EXPECT_EQ(Detail(s, "gold roles found").hits, 1u);
}

// Gold: Yermak, Hnatov, Kestrian Federation (~Kestria). System: one entity merging Yermak and
// Hnatov (a wrong merge: counts for Yermak only), Kestria and Kestrian Federation apart (the
// second is a duplicate, a false positive), and a demonym the gold ignores.
// P = 2 of 3 (the ignored one is not in the pool), R = 2 of 3.
TEST(AccountScore, WrongMergesSplitsAndIgnoredForms) {
  const AccountScores s = Score(GoldJson(R"("entity_ignore": ["Varnian"], "entities": [
      {"name": "Andriy Yermak", "type": "person"},
      {"name": "Andrii Hnatov", "type": "person"},
      {"name": "Kestrian Federation", "type": "place", "variants": ["Kestria"]}])"),
                                AccountJson(R"(
      {"id": "e1", "name": "Andriy Yermak", "type": "person", "variants": ["Andrii Hnatov"]},
      {"id": "e2", "name": "Kestria", "type": "place"},
      {"id": "e3", "name": "Kestrian Federation", "type": "place"},
      {"id": "e4", "name": "Varnian", "type": "group"})"));
  const CategoryScore& e = Category(s, "entities");
  EXPECT_EQ(e.system, 3u);
  EXPECT_EQ(e.correct, 2u);
  EXPECT_EQ(e.found, 2u);
  EXPECT_EQ(e.misses, std::vector<std::string>{"Andrii Hnatov (person)"});
  ASSERT_EQ(e.false_positives.size(), 1u);
  EXPECT_NE(e.false_positives[0].find("duplicate of gold: Kestrian Federation"), std::string::npos);
  const DetailScore& merges = Detail(s, "wrong merges (system entities holding 2+ gold entities)");
  EXPECT_EQ(merges.hits, 1u);
  EXPECT_EQ(merges.total, 3u);
  EXPECT_EQ(Detail(s, "variant pairs merged").hits, 0u);
  EXPECT_EQ(Detail(s, "variant pairs merged").total, 1u);
}

// Gold: Sarkan's "not peace yet" (02, 03), an anonymous diplomat's "easy part" (03, reported),
// Castellan's "hard part is over" (02). System: all three found, plus a quote the gold lacks;
// Castellan's quote is given to Sarkan, the diplomat's marked direct, Sarkan's found in 02 only.
// P = 3 of 4, R = 3 of 3; speaker 2 of 3; direct 2 of 3; articles 3 of 4.
TEST(AccountScore, QuotesSpeakersAndAlignment) {
  const std::string gold = GoldJson(std::string(kEntities) + R"(, "quotes": [
      {"speaker": "Sarkan", "key": "not peace yet", "direct": true, "articles": ["02", "03"]},
      {"speaker": "anonymous: a Western diplomat", "key": "the easy part", "direct": false,
       "articles": ["03"]},
      {"speaker": "Castellan", "key": "hard part is over", "direct": true, "articles": ["02"]}])");
  const std::string account = AccountJson(
      R"({"id": "e1", "name": "Edvin Sarkan", "type": "person", "variants": ["Sarkan"]})",
      R"({"id": "q1", "speaker": "e1", "speaker_name": "Edvin Sarkan", "direct": true,
          "text": "This is NOT peace yet, but…", "evidence": [{"article": "02_ledger", "text": "x"}]},
         {"id": "q2", "speaker": null, "speaker_name": "one Western diplomat", "direct": true,
          "text": "The exchange is the easy part.", "evidence": [{"article": "03_mpa", "text": "x"}]},
         {"id": "q3", "speaker": "e1", "speaker_name": "Edvin Sarkan", "direct": true,
          "text": "Nobody should believe the hard part is over",
          "evidence": [{"article": "02_ledger", "text": "x"}]},
         {"id": "q4", "speaker": null, "speaker_name": "Varnian officials", "direct": false,
          "text": "a slogan", "evidence": [{"article": "03_mpa", "text": "x"}]})");
  const AccountScores s = Score(gold, account);
  const CategoryScore& q = Category(s, "quotes");
  EXPECT_EQ(q.system, 4u);
  EXPECT_EQ(q.correct, 3u);
  EXPECT_EQ(q.found, 3u);
  EXPECT_DOUBLE_EQ(q.precision(), 0.75);
  EXPECT_DOUBLE_EQ(q.recall(), 1.0);
  EXPECT_EQ(Detail(s, "speaker right").hits, 2u);
  EXPECT_EQ(Detail(s, "speaker right").total, 3u);
  EXPECT_EQ(Detail(s, "direct/reported right").hits, 2u);
  const DetailScore& aligned = Detail(s, "gold articles carrying the quote found");
  EXPECT_EQ(aligned.hits, 3u);
  EXPECT_EQ(aligned.total, 4u);
}

// An anonymous gold speaker is not matched by a named person.
TEST(AccountScore, AnonymousSpeakerIsNotANamedPerson) {
  const std::string gold = GoldJson(std::string(kEntities) + R"(, "quotes": [
      {"speaker": "anonymous: a U.S. official", "key": "falls apart", "direct": true,
       "articles": ["03"]}])");
  const AccountScores s = Score(
      gold, AccountJson("", R"({"id": "q1", "speaker": null, "speaker_name": "Miren Castellan",
          "direct": true, "text": "And then this just falls apart.", "evidence": []})"));
  EXPECT_EQ(Category(s, "quotes").found, 1u);
  EXPECT_EQ(Detail(s, "speaker right").hits, 0u);
}

// Gold: 240 prisoners (02, 03, 05: 3 sources), six hours (02, 03; contested), 15 km (06 only).
// System: 240 in 02+03 (pool), six hours in 02 contested (pool), 15 km in 06 (single: outside
// the pool, still found), a single-source fact the gold lacks (outside the pool: not counted)
// and a two-article fact the gold lacks (pool: false positive).
// P = 2 of 3, R = 3 of 3; sources right 1 of 3 (15 km); status 3 of 3; support 4 of 6.
TEST(AccountScore, FactsCountOnlyMultiArticleOrContestedForPrecision) {
  const std::string gold = GoldJson(R"("facts": [
      {"description": "240 prisoners", "keys": ["240", "prisoners"], "articles": ["02", "03", "05"],
       "independent_sources": 3, "status": "confirmed"},
      {"description": "six hours", "keys": ["six hours|6 hours"], "articles": ["02", "03"],
       "independent_sources": 2, "status": "contested"},
      {"description": "15 km pull-back", "keys": ["15 kilometres"], "articles": ["06"],
       "independent_sources": 1, "status": "single-source"}])");
  const std::string account = AccountJson("", "", R"(
      {"id": "f1", "statement": "They agreed to exchange 240 prisoners.", "status": "confirmed",
       "independent_sources": 2, "evidence": [{"article": "02_ledger", "text": "a"},
                                              {"article": "03_mpa", "text": "b"}]},
      {"id": "f2", "statement": "After 6 hours of talks", "status": "contested",
       "independent_sources": 1, "evidence": [{"article": "02_ledger", "text": "a"}]},
      {"id": "f3", "statement": "x", "status": "single-source", "independent_sources": 1,
       "evidence": [{"article": "06_observer", "text": "pull back 15 kilometres"}]},
      {"id": "f4", "statement": "Monitors cannot reach the front.", "status": "single-source",
       "independent_sources": 1, "evidence": [{"article": "03_mpa", "text": "c"}]},
      {"id": "f5", "statement": "It rained.", "status": "confirmed", "independent_sources": 2,
       "evidence": [{"article": "02_ledger", "text": "d"}, {"article": "05_courier", "text": "e"}]})");
  const AccountScores s = Score(gold, account);
  const CategoryScore& f = Category(s, "facts");
  EXPECT_EQ(f.system, 3u);
  EXPECT_EQ(f.correct, 2u);
  EXPECT_EQ(f.found, 3u);
  EXPECT_DOUBLE_EQ(f.precision(), 2.0 / 3);
  EXPECT_DOUBLE_EQ(f.recall(), 1.0);
  EXPECT_EQ(Detail(s, "independent-source count right").hits, 1u);
  EXPECT_EQ(Detail(s, "independent-source count right").total, 3u);
  EXPECT_EQ(Detail(s, "status right").hits, 3u);
  const DetailScore& support = Detail(s, "gold supporting articles found");
  EXPECT_EQ(support.hits, 4u);  // 240: 2 of 3; six hours: 1 of 2; 15 km: 1 of 1
  EXPECT_EQ(support.total, 6u);
}

// Gold: six vs four hours. System: that conflict (kind "date": wrong kind) and one the gold
// lacks. P = 1 of 2, R = 1 of 1. The account has no positions: that category is not scored.
TEST(AccountScore, ConflictsAndMissingPositions) {
  const std::string gold = GoldJson(std::string(kEntities) + R"(, "conflicts": [
      {"kind": "number", "sides": [["six hours"], ["four hours"]], "articles": ["02", "05"]}],
    "positions": [{"actor": "Varnia", "issue": "border", "stance": "demands"}])");
  const std::string account = AccountJson("", "", "", R"(
      {"id": "c1", "kind": "date", "summary": "How long the talks lasted", "sides": [
        {"statement": "after six hours of talks", "held_by": "Ledger",
         "evidence": [{"article": "02_ledger", "text": "six hours"}]},
        {"statement": "after about four hours", "held_by": "Courier",
         "evidence": [{"article": "05_courier", "text": "four hours"}]}]},
      {"id": "c2", "kind": "denial", "summary": "Walkout denied", "sides": []})");
  const AccountScores s = Score(gold, account);
  const CategoryScore& c = Category(s, "conflicts");
  EXPECT_EQ(c.found, 1u);
  EXPECT_EQ(c.system, 2u);
  EXPECT_EQ(c.correct, 1u);
  EXPECT_EQ(Detail(s, "kind right").hits, 0u);
  EXPECT_EQ(Detail(s, "gold articles found").hits, 2u);
  EXPECT_FALSE(Category(s, "positions").scored);
  EXPECT_EQ(Category(s, "positions").note, "the account has no positions");
}

// Gold: Varnia demands the border, Castellan proposes a framework. System: Varnia (by entity)
// "rejects" the border; an actor named in text proposes the framework. P = 2 of 2, R = 2 of 2,
// stance 1 of 2.
TEST(AccountScore, PositionsByActorAndIssue) {
  const std::string gold = GoldJson(std::string(kEntities) + R"(, "positions": [
      {"actor": "Varnia", "issue": "border|frontier", "stance": "demands"},
      {"actor": "Castellan|Varnia", "issue": "framework", "stance": "proposes"}])");
  const std::string account =
      AccountJson(R"({"id": "e1", "name": "Varnia", "type": "place"})", "", "", "",
                  R"(, "positions": [
      {"actor": "e1", "actor_name": "Varnia", "issue": "the 1994 border", "stance": "rejects",
       "evidence": []},
      {"actor": null, "actor_name": "Foreign Minister Miren Castellan", "issue": "12-point framework",
       "stance": "proposes", "evidence": []}])");
  const AccountScores s = Score(gold, account);
  const CategoryScore& p = Category(s, "positions");
  ASSERT_TRUE(p.scored);
  EXPECT_EQ(p.found, 2u);
  EXPECT_EQ(p.correct, 2u);
  EXPECT_EQ(p.system, 2u);
  EXPECT_EQ(Detail(s, "stance right").hits, 1u);
}

// An account whose one story holds a timeline and framing (JSON arrays without brackets).
std::string TimelineAccountJson(const std::string& timeline, const std::string& framing) {
  return R"({"schema": "corroborate/account@1", "articles": [
      {"id": "02_ledger"}, {"id": "03_mpa"}, {"id": "05_courier"}, {"id": "06_observer"}],
    "stories": [{"id": "s1", "timeline": [)" +
         timeline + R"(], "framing": [)" + framing + "]}]}";
}

// Gold: the talks on 3 March (02, 05, 06), a walkout the same day (05), the previous week's
// shuttle diplomacy (02, week of 23 Feb). System: the talks split into two entries (02 + 05,
// and 06: a duplicate), the walkout dated 4 March, and the week given as its Monday at day
// precision. P = 3 of 4, R = 3 of 3; date right 1 of 3 (the talks); merged 0 of 1 (2 of 3
// articles in the entry); gold articles found 4 of 5.
TEST(AccountScore, TimelineDatesPrecisionAndMerging) {
  const std::string gold = GoldJson(R"("timeline": [
      {"description": "Talks", "date": "2026-03-03", "precision": "day",
       "keys": ["talks|negotiations"], "articles": ["02", "05", "06"]},
      {"description": "Walkout", "date": "2026-03-03", "precision": "day",
       "keys": ["walked out"], "articles": ["05"]},
      {"description": "Shuttle", "date": "2026-02-23", "precision": "week",
       "keys": ["shuttled"], "articles": ["02"]}])");
  const std::string account = TimelineAccountJson(R"(
      {"date": "2026-03-03", "event": "The talks ended on Tuesday", "evidence": [
        {"article": "02_ledger", "text": "The talks ended on Tuesday."},
        {"article": "05_courier", "text": "Negotiations on Tuesday."}]},
      {"date": "2026-03-03", "event": "Talks ended on Tuesday", "evidence": [
        {"article": "06_observer", "text": "The talks ended on Tuesday."}]},
      {"date": "2026-03-04", "event": "The minister walked out", "evidence": [
        {"article": "05_courier", "text": "He walked out."}]},
      {"date": "2026-02-23", "event": "Castellan shuttled last week", "evidence": [
        {"article": "02_ledger", "text": "She shuttled last week."}]})",
                                                  "");
  const AccountScores s = Score(gold, account);
  const CategoryScore& t = Category(s, "timeline");
  ASSERT_TRUE(t.scored);
  EXPECT_EQ(t.found, 3u);
  EXPECT_EQ(t.system, 4u);
  EXPECT_EQ(t.correct, 3u);
  ASSERT_EQ(t.false_positives.size(), 1u);
  EXPECT_NE(t.false_positives[0].find("duplicate of gold"), std::string::npos);
  EXPECT_EQ(Detail(s, "date right (date and precision)").hits, 1u);
  EXPECT_EQ(Detail(s, "date right (date and precision)").total, 3u);
  EXPECT_EQ(Detail(s, "articles merged into one entry (events of 2+ articles)").hits, 0u);
  EXPECT_EQ(Detail(s, "articles merged into one entry (events of 2+ articles)").total, 1u);
  EXPECT_EQ(Detail(s, "gold articles dating the event found").hits, 4u);
  EXPECT_EQ(Detail(s, "gold articles dating the event found").total, 5u);
  EXPECT_FALSE(Category(s, "framing").scored);  // the gold does not annotate framing
}

// A range reads as a week (Monday to Sunday) or a weekend (Saturday and Sunday); an ambiguous
// gold date accepts any of its readings.
TEST(AccountScore, TimelineRangesAndAlternativeDates) {
  const std::string gold = GoldJson(R"("timeline": [
      {"description": "Shuttle", "date": "2026-02-23", "precision": "week",
       "keys": ["shuttled"], "articles": ["02"]},
      {"description": "Florida", "date": "2026-02-28", "precision": "weekend",
       "keys": ["Florida"], "articles": ["03"]},
      {"description": "Drones", "date": "2026-03-03|2026-03-04", "precision": "day",
       "keys": ["drones"], "articles": ["02"]}])");
  const std::string account = TimelineAccountJson(R"(
      {"date": "2026-02-23", "until": "2026-03-01", "event": "Castellan shuttled",
       "evidence": [{"article": "02_ledger", "text": "shuttled"}]},
      {"date": "2026-02-28", "until": "2026-03-01", "event": "Talks in Florida",
       "evidence": [{"article": "03_mpa", "text": "Florida"}]},
      {"date": "2026-03-04", "event": "Eleven drones downed",
       "evidence": [{"article": "02_ledger", "text": "drones"}]})",
                                                  "");
  const AccountScores s = Score(gold, account);
  EXPECT_EQ(Category(s, "timeline").correct, 3u);
  EXPECT_EQ(Detail(s, "date right (date and precision)").hits, 3u);
}

// Gold: "stormed out" (05, outlet) and "hardliners" (06, outlet). System: "stormed out" in 05 as
// quoted, "hardliners" in 05 (wrong article), "regime" in 06. P = 1 of 3, R = 1 of 2, voice 0/1.
TEST(AccountScore, FramingByArticleAndTerm) {
  const std::string gold = GoldJson(R"("framing": [
      {"term": "stormed out", "article": "05", "voice": "outlet"},
      {"term": "hardliners|hardliner", "article": "06", "voice": "outlet"}])");
  const std::string account = TimelineAccountJson("", R"(
      {"article": "05_courier", "term": "stormed out", "category": "evaluative", "voice": "quoted"},
      {"article": "05_courier", "term": "hardliners", "category": "loaded label", "voice": "outlet"},
      {"article": "06_observer", "term": "regime", "category": "loaded label", "voice": "outlet"})");
  const AccountScores s = Score(gold, account);
  const CategoryScore& f = Category(s, "framing");
  ASSERT_TRUE(f.scored);
  EXPECT_EQ(f.found, 1u);
  EXPECT_EQ(f.system, 3u);
  EXPECT_EQ(f.correct, 1u);
  EXPECT_EQ(Detail(s, "voice right (outlet or quoted)").hits, 0u);
  EXPECT_EQ(Detail(s, "voice right (outlet or quoted)").total, 1u);
  EXPECT_FALSE(Category(s, "timeline").scored);
}

TEST(AccountScore, GoldArticlesMustNameOneAccountArticle) {
  Result<Gold> unknown = ParseGold(GoldJson(R"("quotes": [
      {"speaker": "anonymous", "key": "x y", "direct": true, "articles": ["0"]}])"),
                                   "gold.json");
  ASSERT_TRUE(unknown.ok()) << unknown.status().message();
  Result<SysAccount> account = ParseAccountJson(AccountJson(""), "account.json");
  ASSERT_TRUE(account.ok());
  Result<AccountScores> s = ScoreAccount(*unknown, *account);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().message(), "gold.json: article '0' is not in the account");

  Result<SysAccount> twins = ParseAccountJson(
      R"({"schema": "corroborate/account@1", "articles": [{"id": "0_a"}, {"id": "0-b"}],
          "stories": []})",
      "account.json");
  ASSERT_TRUE(twins.ok());
  s = ScoreAccount(*unknown, *twins);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().message(), "gold.json: article '0' is ambiguous (0_a, 0-b…)");
}

TEST(AccountScore, RejectsSomethingThatIsNotAnAccount) {
  Result<SysAccount> a = ParseAccountJson(R"({"schema": "corroborate/gold@1"})", "x.json");
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().message(),
            "x.json: not an account (schema \"corroborate/gold@1\", expected "
            "\"corroborate/account@1\")");
  EXPECT_FALSE(ParseAccountJson("{\"schema\":", "x.json").ok());
}

}  // namespace
}  // namespace corroborate::eval
