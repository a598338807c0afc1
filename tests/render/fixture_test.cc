// A hand-built Account shared by the render tests (declared in each test file that uses it):
// three articles in which bytes != code points (curly quotes, em dashes, Cyrillic), one story
// with entities, a confirmed, a contested and a single-source fact, a denial conflict, quotes,
// a timeline, coverage and sourcing, plus one hostile article and a skipped input.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "model/account.h"

namespace corroborate::render_test {

// Evidence for the first occurrence of needle in the article's text (aborts the test if absent).
Evidence Ev(const Account& account, uint32_t article, std::string_view needle) {
  const std::string& text = account.articles.at(article).text;
  size_t at = text.find(needle);
  EXPECT_NE(at, std::string::npos) << "fixture text lacks: " << needle;
  if (at == std::string::npos) return {article, {0, 0}};
  return {article, {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())}};
}

Account SampleAccount() {
  Account account;
  Article a0;
  a0.id = "courier-1";
  a0.uri = "feed.jsonl:1";
  a0.url = "https://www.harbourcourier.example/news/strike-ends";
  a0.outlet = "The Harbour Courier";
  a0.title = "Dock strike ends in Veltmar";
  a0.byline = "Mara Lind";
  a0.published.date = CivilDate::Day(2024, 3, 5);
  a0.published.hour = 8;
  a0.published.minute = 30;
  a0.published.zone = "CET";
  a0.published.utc_offset_minutes = 60;
  a0.language = "en";
  a0.charset = "UTF-8";
  a0.text =
      "Dock strike ends in Veltmar\n"
      "Dock workers in Veltmar ended a nine-day strike on Monday after the port authority agreed "
      "to a 6% pay rise — the largest in a decade.\n"
      "“We have a deal that respects every crew,” said union leader Anna Kovač.\n"
      "The authority’s director, Piet Morel, denied that any jobs would be cut.";
  a0.removed = {{"Subscribe to our newsletter", "site chrome"}};
  a0.sources = {{"outlet", "jsonl"}, {"published", "jsonl"}};

  Article a1;
  a1.id = "novosti-7";
  a1.uri = "inputs/novosti.txt";
  a1.outlet = "Новости Велтмара";
  a1.title = "Забастовка в порту завершилась";
  a1.published.date = CivilDate::Day(2024, 3, 6);
  a1.published.year_inferred = true;
  a1.language = "ru";
  a1.charset = "WINDOWS-1251";
  a1.text =
      "Забастовка в порту завершилась\n"
      "Девятидневная забастовка в порту Велтмара завершилась в понедельник — сообщил профсоюз.\n"
      "«У нас есть соглашение», — заявила Анна Ковач.\n"
      "По данным источника, в следующем году управление порта сократит 40 рабочих мест.";

  Article a2;  // A reprint of a0 with hostile metadata and markup in its text.
  a2.id = "wire-3";
  a2.uri = "inputs/<wire>.html";
  a2.url = "javascript:alert(1)";
  a2.outlet = "Evil \"Wire\" <b>";
  a2.title = "<script>alert(1)</script>";
  a2.byline = "\"><img src=x onerror=alert(2)>";
  a2.language = "en\" onmouseover=\"x";
  a2.text =
      "Breaking: <img src=x onerror=alert(3)> dock strike over\n"
      "Dock workers in Veltmar ended a nine-day strike on Monday after the port authority agreed "
      "to a 6% pay rise — the largest in a decade.\n"
      "# Not a heading | [click](javascript:alert(4)) `code` *em* <script>alert(5)</script>";

  account.articles = {a0, a1, a2};

  StoryAccount s;
  s.id = "s1";
  s.title = "Veltmar dock strike ends with 6% pay rise";
  s.articles = {0, 1, 2};
  s.sourcing = {{0, 7, -1, 0.0, {}}, {1, 9, -1, 0.0, {"Reuters"}}, {2, 7, 0, 0.82, {}}};

  AccountEntity kovac;
  kovac.id = "e1";
  kovac.name = "Anna Kovač";
  kovac.type = EntityType::kPerson;
  kovac.variants = {"Анна Ковач", "Anna Kovac"};
  kovac.roles = {"union leader"};
  kovac.articles = {0, 1};
  kovac.mentions = {Ev(account, 0, "Anna Kovač"), Ev(account, 1, "Анна Ковач")};
  AccountEntity port;
  port.id = "e2";
  port.name = "Veltmar";
  port.type = EntityType::kPlace;
  port.variants = {"Велтмар"};
  port.articles = {0, 1, 2};
  port.mentions = {Ev(account, 0, "Veltmar"), Ev(account, 2, "Veltmar")};
  AccountEntity morel;
  morel.id = "e3";
  morel.name = "Piet Morel";
  morel.type = EntityType::kPerson;
  morel.roles = {"director of the port authority"};
  morel.articles = {0};
  morel.mentions = {Ev(account, 0, "Piet Morel")};
  s.entities = {kovac, port, morel};

  Fact ended;
  ended.id = "f1";
  ended.statement = "Dock workers in Veltmar ended a nine-day strike on Monday.";
  ended.status = FactStatus::kConfirmed;
  ended.independent_sources = 2;
  ended.date = CivilDate::Day(2024, 3, 4);
  ended.entities = {"e2"};
  ended.evidence = {
      Ev(account, 0, "Dock workers in Veltmar ended a nine-day strike on Monday"),
      Ev(account, 1, "Девятидневная забастовка в порту Велтмара завершилась в понедельник"),
      Ev(account, 2, "Dock workers in Veltmar ended a nine-day strike on Monday")};
  Fact cuts;
  cuts.id = "f2";
  cuts.statement = "The port authority will cut 40 jobs next year.";
  cuts.status = FactStatus::kContested;
  cuts.independent_sources = 1;
  cuts.evidence = {Ev(account, 1, "управление порта сократит 40 рабочих мест")};
  Fact raise;
  raise.id = "f3";
  raise.statement = "The pay rise — 6% — is the largest in a decade.";
  raise.status = FactStatus::kSingleSource;
  raise.independent_sources = 1;
  // Overlaps f1's evidence in article 0, to exercise merged marks.
  raise.evidence = {
      Ev(account, 0, "on Monday after the port authority agreed to a 6% pay rise — the largest")};
  Fact deal_fact;
  deal_fact.id = "f4";
  deal_fact.statement = "Anna Kovač announced a deal.";
  deal_fact.status = FactStatus::kConfirmed;
  deal_fact.independent_sources = 2;
  deal_fact.date = CivilDate::Day(2024, 3, 4);
  deal_fact.entities = {"e1"};
  deal_fact.evidence = {
      Ev(account, 0, "“We have a deal that respects every crew,” said union leader Anna Kovač."),
      Ev(account, 1, "«У нас есть соглашение», — заявила Анна Ковач.")};
  s.facts = {ended, cuts, raise, deal_fact};

  Conflict denial;
  denial.id = "c1";
  denial.kind = ConflictKind::kDenial;
  denial.summary = "Will the port authority cut jobs?";
  denial.facts = {"f2"};
  denial.sides = {{"The port authority will cut 40 jobs next year.",
                   "Новости Велтмара",
                   {Ev(account, 1, "управление порта сократит 40 рабочих мест")}},
                  {"No jobs will be cut.",
                   "Piet Morel",
                   {Ev(account, 0, "denied that any jobs would be cut")}}};
  s.conflicts = {denial};

  AccountQuote deal;
  deal.id = "q1";
  deal.speaker = "e1";
  deal.speaker_name = "Anna Kovač";
  deal.text = "We have a deal that respects every crew,";
  deal.evidence = {Ev(account, 0, "We have a deal that respects every crew,"),
                   Ev(account, 1, "У нас есть соглашение")};
  AccountQuote denied;
  denied.id = "q2";
  denied.speaker_name = "Piet Morel";
  denied.text = "any jobs would be cut";
  denied.direct = false;
  denied.evidence = {Ev(account, 0, "denied that any jobs would be cut")};
  s.quotes = {deal, denied};

  s.timeline = {
      {CivilDate::Day(2024, 3, 4), "Strike ends after nine days", "f1", ended.evidence},
      {CivilDate::Month(2024, 2), "Strike begins", "", {Ev(account, 0, "a nine-day strike")}},
      {CivilDate{}, "Job cuts planned", "f2", cuts.evidence}};
  s.coverage = {{0, {"f1", "f3", "f4"}, {}}, {1, {"f1", "f2", "f4"}, {}}, {2, {"f1"}, {"f4"}}};
  account.stories = {s};
  account.problems = {{"inputs/empty.txt", "empty file"},
                      {"inputs/<bad>.bin", "binary \"data\" & no text"}};
  return account;
}

TEST(RenderFixture, MultibyteTextMakesBytesDifferFromCodePoints) {
  Account account = SampleAccount();
  const Evidence& ev = account.stories[0].facts[1].evidence[0];
  EXPECT_EQ(ev.article, 1u);
  // Cyrillic letters take two bytes each, so the byte offset is far past the code-point offset.
  EXPECT_GT(ev.span.begin, 150u);
}

}  // namespace corroborate::render_test
