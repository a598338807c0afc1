#include "render/evidence_text.h"

#include <gtest/gtest.h>

namespace corroborate::render_test {

Account SampleAccount();  // fixture_test.cc

namespace {

TEST(EvidenceText, ResolvesByteSpansToCodePointsOnce) {
  Account account;
  Article a;
  a.id = "a";
  a.text = "Ковач — «да» said";  // 5 Cyrillic + 2 spaces + em dash + quotes
  account.articles.push_back(a);
  EvidenceResolver resolver(account);
  size_t at = a.text.find("«да»");
  ResolvedEvidence r = resolver.Resolve(
      {0, {static_cast<uint32_t>(at), static_cast<uint32_t>(at + std::string("«да»").size())}});
  ASSERT_TRUE(r.ok);
  EXPECT_EQ(r.start, 8u);
  EXPECT_EQ(r.end, 12u);
  EXPECT_EQ(r.text, "«да»");
  EXPECT_EQ(r.Key(), "a0-8-12");
  EXPECT_FALSE(resolver.Resolve({1, {0, 1}}).ok);
}

TEST(EvidenceText, ClampSpanStaysOnBoundariesAndInRange) {
  std::string text = "жж";  // 4 bytes
  TextSpan s = ClampSpan(text, {1, 3});
  EXPECT_EQ(s.begin, 0u);
  EXPECT_EQ(s.end, 2u);
  s = ClampSpan(text, {3, 99});
  EXPECT_EQ(s.begin, 2u);
  EXPECT_EQ(s.end, 4u);
  s = ClampSpan(text, {4, 1});
  EXPECT_LE(s.begin, s.end);
}

TEST(EvidenceText, OutletLabelFallsBackToHostThenId) {
  Article a;
  a.id = "file-1";
  EXPECT_EQ(OutletLabel(a), "file-1");
  a.url = "https://user@WWW.Example.org:8080/path?q=1";
  EXPECT_EQ(OutletLabel(a), "example.org");
  a.outlet = "  The   Daily Example ";
  EXPECT_EQ(OutletLabel(a), "The Daily Example");
  EXPECT_EQ(UrlHost("not a url"), "");
}

TEST(EvidenceText, DatesReadNaturally) {
  EXPECT_EQ(FormatDate(CivilDate::Day(2025, 12, 2)), "2 December 2025");
  EXPECT_EQ(FormatDate(CivilDate::Month(2025, 12)), "December 2025");
  EXPECT_EQ(FormatDate(CivilDate::Year(2025)), "2025");
  EXPECT_EQ(FormatDate(CivilDate{}), "");
  EXPECT_EQ(FormatDateRange(CivilDate::Day(2025, 12, 2), CivilDate::Day(2025, 12, 3)),
            "2–3 December 2025");
  EXPECT_EQ(FormatDateRange(CivilDate::Day(2025, 11, 30), CivilDate::Day(2025, 12, 2)),
            "30 November – 2 December 2025");
  EXPECT_EQ(FormatDateRange(CivilDate::Day(2024, 12, 31), CivilDate::Day(2025, 1, 1)),
            "31 December 2024 – 1 January 2025");
  EXPECT_EQ(FormatDateRange(CivilDate::Day(2025, 1, 1), CivilDate::Day(2025, 1, 1)),
            "1 January 2025");
  Timestamp ts;
  ts.date = CivilDate::Day(2025, 12, 3);
  ts.hour = 8;
  ts.minute = 0;
  ts.utc_offset_minutes = -240;
  EXPECT_EQ(FormatTimestamp(ts), "3 December 2025, 08:00 UTC-04:00");
  ts.zone = "EDT";
  EXPECT_EQ(FormatTimestamp(ts), "3 December 2025, 08:00 EDT");
}

TEST(EvidenceText, StorySummaryCountsIndependenceGroups) {
  Account account = SampleAccount();
  StorySummary s = SummarizeStory(account, account.stories[0]);
  EXPECT_EQ(s.articles, 3u);
  EXPECT_EQ(s.outlets, 3u);
  EXPECT_EQ(s.independent_sources, 2u);  // the reprint shares its original's group
  EXPECT_EQ(s.first, CivilDate::Day(2024, 3, 5));
  EXPECT_EQ(s.last, CivilDate::Day(2024, 3, 6));
  account.stories[0].sourcing.pop_back();  // an article without sourcing counts on its own
  EXPECT_EQ(SummarizeStory(account, account.stories[0]).independent_sources, 3u);
}

TEST(EvidenceText, QuoteVariantsKeepOnlyDifferentWordings) {
  Account account = SampleAccount();
  EvidenceResolver resolver(account);
  std::vector<QuoteVariant> v = QuoteVariants(resolver, account.stories[0].quotes[0]);
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].text, "У нас есть соглашение");
  EXPECT_EQ(v[0].language, "ru");
  EXPECT_TRUE(QuoteVariants(resolver, account.stories[0].quotes[1]).empty());
}

TEST(EvidenceText, SnippetCutsOnCodePoints) {
  EXPECT_EQ(Snippet("a\n  b", 10), "a b");
  std::string cut = Snippet("жжжжж", 5);  // 10 bytes
  EXPECT_EQ(cut, "жж…");
}

}  // namespace
}  // namespace corroborate::render_test
