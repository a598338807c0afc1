#include "extract/metadata/year_inference.h"

#include <gtest/gtest.h>

#include "extract/extract.h"
#include "extract_test_util.h"

namespace corroborate {
namespace {

using testing::Doc;

TEST(YearInferenceTest, BatchYearNearestToOtherDates) {
  std::vector<CivilDate> known = {CivilDate::Day(2025, 12, 30), CivilDate::Day(2026, 1, 1)};
  // 31 December sits between them in 2025; 2 January belongs to 2026.
  EXPECT_EQ(InferYearFromBatch(12, 31, known), 2025);
  EXPECT_EQ(InferYearFromBatch(1, 2, known), 2026);
  EXPECT_EQ(InferYearFromBatch(1, 2, {}), 0);
  // 29 February only exists in leap years.
  EXPECT_EQ(InferYearFromBatch(2, 29, {CivilDate::Day(2024, 3, 1)}), 2024);
}

TEST(YearInferenceTest, ClockNeverGivesAFutureDate) {
  const CivilDate today = CivilDate::Day(2026, 1, 10);
  EXPECT_EQ(InferYearFromClock(1, 9, today), 2026);
  EXPECT_EQ(InferYearFromClock(1, 11, today), 2026);  // one day of slack for time zones
  EXPECT_EQ(InferYearFromClock(12, 31, today), 2025);
  EXPECT_EQ(InferYearFromClock(2, 29, CivilDate::Day(2026, 3, 5)), 2024);
  EXPECT_GE(TodayUtc().year, 2025);
}

TEST(YearInferenceTest, DatelinesWithoutYearTakeTheBatchYear) {
  const std::string body =
      "\n\nThe regional assembly voted on Tuesday to extend the state of emergency for another "
      "thirty days after heavy flooding in the lowlands.\n";
  auto articles = ExtractArticles(
      {Doc("b/a.txt", "Assembly extends flood emergency\n\n30 December 2024\n" + body),
       Doc("b/b.txt", "Flood emergency extended by assembly\n\n2 January 09:15 EET\n" + body),
       Doc("b/c.txt", "Lowlands brace for more rain this week\n\nDecember 31, 18:00\n" + body)},
      2);
  EXPECT_EQ(articles[0].published.Iso(), "2024-12-30");
  EXPECT_FALSE(articles[0].published.year_inferred);
  EXPECT_EQ(articles[1].published.Iso(), "2025-01-02T09:15+02:00");
  EXPECT_TRUE(articles[1].published.year_inferred);
  EXPECT_EQ(articles[1].sources.at("published"), "dateline, year inferred from other articles");
  EXPECT_EQ(articles[2].published.Iso(), "2024-12-31T18:00");
  EXPECT_EQ(articles[2].published.date.precision, DatePrecision::kDay);
}

}  // namespace
}  // namespace corroborate
