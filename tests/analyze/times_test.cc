#include "analyze/times.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "analyze/analyze.h"
#include "test_doc.h"

namespace corroborate {
namespace {

using testing::TestDoc;

const TimeMention* FindAt(const TestDoc& t, std::string_view span) {
  for (const TimeMention& m : t.doc.times) {
    if (t.Of(m.span) == span) return &m;
  }
  return nullptr;
}

std::string Dump(const TestDoc& t) {
  std::string out;
  for (const TimeMention& m : t.doc.times) {
    out += "[" + std::string(t.Of(m.span)) + "|" + m.date.Iso() + "|" + m.end_date.Iso() + "] ";
  }
  return out;
}

#define EXPECT_TIME(t, span_text, iso, end_iso, rel)                         \
  do {                                                                       \
    const TimeMention* m = FindAt(t, span_text);                             \
    ASSERT_NE(m, nullptr) << "no time '" << span_text << "' in " << Dump(t); \
    EXPECT_EQ(m->date.Iso(), iso) << span_text;                              \
    EXPECT_EQ(m->end_date.Iso(), end_iso) << span_text;                      \
    EXPECT_EQ(m->relative, rel) << span_text;                                \
  } while (0)

const CivilDate kWednesday = CivilDate::Day(2025, 12, 3);
const CivilDate kTuesday = CivilDate::Day(2025, 12, 2);

TEST(TimesTest, WeekdaysAgainstAWednesday) {
  TestDoc t(
      "The council stayed silent after Tuesday\u2019s vote in the capital. "
      "In a radio interview late Tuesday, the mayor defended the plan. "
      "Rescue crews arrived on Monday and left over the weekend. "
      "The budget shortfall widened last month, officials said.",
      kWednesday);
  FindTimes(&t.doc);
  EXPECT_TIME(t, "Tuesday", "2025-12-02", "", true);
  EXPECT_EQ(t.doc.times[0].span.begin, t.article.text.find("Tuesday"));
  EXPECT_EQ(t.doc.times[1].span.begin, t.article.text.find("Tuesday, the"));
  EXPECT_EQ(t.doc.times[1].date.Iso(), "2025-12-02");
  EXPECT_TIME(t, "Monday", "2025-12-01", "", true);
  EXPECT_TIME(t, "over the weekend", "2025-11-29", "2025-11-30", true);
  EXPECT_TIME(t, "last month", "2025-11", "", true);
  EXPECT_EQ(FindAt(t, "last month")->date.precision, DatePrecision::kMonth);
  EXPECT_EQ(FindAt(t, "Monday")->sentence, 2u);
}

TEST(TimesTest, FutureContextAgainstATuesday) {
  TestDoc t(
      "A trade delegation will meet the governor in the port city on Tuesday. "
      "The minister met union leaders on Monday. "
      "It was unclear why the senator planned to miss the Wednesday hearing. "
      "The committee is expected to vote on Friday. The strike began Friday.",
      kTuesday);
  FindTimes(&t.doc);
  ASSERT_EQ(t.doc.times.size(), 5u) << Dump(t);
  EXPECT_EQ(t.doc.times[0].date.Iso(), "2025-12-02");
  EXPECT_EQ(t.doc.times[1].date.Iso(), "2025-12-01");
  EXPECT_EQ(t.doc.times[2].date.Iso(), "2025-12-03");
  EXPECT_EQ(t.Of(t.doc.times[2].span), "Wednesday");
  EXPECT_EQ(t.doc.times[3].date.Iso(), "2025-12-05");
  EXPECT_EQ(t.doc.times[4].date.Iso(), "2025-11-28");
}

TEST(TimesTest, CalendarDates) {
  TestDoc t(
      "Yesterday, on December 2, the talks ended. On December 1, the army claimed the town. "
      "The report was dated December 2, 2025 and the leak came on Nov. 20. "
      "Elections were held on 3 March 2024, and the dispute began in November 2021. "
      "Imports have fallen since the escalation in 2022 and must end by 2027.",
      kTuesday);
  FindTimes(&t.doc);
  EXPECT_TIME(t, "Yesterday", "2025-12-01", "", true);
  EXPECT_TIME(t, "December 2", "2025-12-02", "", true);
  EXPECT_TIME(t, "December 1", "2025-12-01", "", true);
  EXPECT_TIME(t, "December 2, 2025", "2025-12-02", "", false);
  EXPECT_TIME(t, "Nov. 20", "2025-11-20", "", true);
  EXPECT_TIME(t, "3 March 2024", "2024-03-03", "", false);
  EXPECT_TIME(t, "November 2021", "2021-11", "", false);
  EXPECT_TIME(t, "2022", "2022", "", false);
  EXPECT_TIME(t, "2027", "2027", "", false);
}

TEST(TimesTest, YearBoundaryPicksNearestYear) {
  TestDoc t("The ceasefire collapsed on December 30 and talks resume on 5 January.",
            CivilDate::Day(2026, 1, 2));
  FindTimes(&t.doc);
  EXPECT_TIME(t, "December 30", "2025-12-30", "", true);
  EXPECT_TIME(t, "5 January", "2026-01-05", "", true);
}

TEST(TimesTest, RelativeWeeksMonthsYears) {
  TestDoc t(
      "Negotiators met in Geneva last week and will meet again next week. "
      "The envoy has visited six times this year and the tax rises come next year. "
      "Officials spoke this morning. The fund ran dry earlier this month. "
      "A deal was struck a few weeks earlier, and in recent weeks the mood soured. "
      "Protests continued this weekend.",
      kWednesday);
  FindTimes(&t.doc);
  EXPECT_TIME(t, "last week", "2025-11-24", "2025-11-30", true);
  EXPECT_TIME(t, "next week", "2025-12-08", "2025-12-14", true);
  EXPECT_TIME(t, "this year", "2025", "", true);
  EXPECT_TIME(t, "next year", "2026", "", true);
  EXPECT_TIME(t, "this morning", "2025-12-03", "", true);
  EXPECT_TIME(t, "earlier this month", "2025-12", "", true);
  EXPECT_TIME(t, "this weekend", "2025-11-29", "2025-11-30", true);
  EXPECT_EQ(t.doc.times.size(), 7u) << Dump(t);
}

TEST(TimesTest, MayAndMarchAsVerbs) {
  TestDoc t(
      "Troops may march on the city. March 2024 was cold. The vote may come in May. "
      "Protesters will March 8 again.",
      kWednesday);
  FindTimes(&t.doc);
  EXPECT_TIME(t, "March 2024", "2024-03", "", false);
  EXPECT_TIME(t, "March 8", "2026-03-08", "", true);  // nearer than March 2025
  EXPECT_EQ(t.doc.times.size(), 2u) << Dump(t);
}

TEST(TimesTest, InvalidReferenceKeepsOnlyAbsoluteDates) {
  TestDoc t("On Tuesday, last week and on December 2 nothing happened; on 4 July 2023 it did.");
  FindTimes(&t.doc);
  ASSERT_EQ(t.doc.times.size(), 1u) << Dump(t);
  EXPECT_EQ(t.doc.times[0].date.Iso(), "2023-07-04");
}

TEST(TimesTest, HelpersResolve) {
  EXPECT_EQ(ResolveWeekday(kWednesday, 2, false), kWednesday);
  EXPECT_EQ(ResolveWeekday(kWednesday, 4, false).Iso(), "2025-11-28");
  EXPECT_EQ(ResolveWeekday(kWednesday, 4, true).Iso(), "2025-12-05");
  EXPECT_FALSE(NearestMonthDay(kWednesday, 2, 30).valid());
  EXPECT_EQ(NearestMonthDay(CivilDate::Year(2024), 2, 29).Iso(), "2024-02-29");
}

TEST(TimesTest, HostileInput) {
  std::string text;
  for (int i = 0; i < 30000; ++i) text += "December 31, 99999 Tuesday\xE2\x80\x99s last ";
  TestDoc t(text, kWednesday);
  FindTimes(&t.doc);
  EXPECT_EQ(t.doc.times.size(), 60000u);
  TestDoc u("May \xFF 2 \xE2\x80 Dec.", kWednesday);
  FindTimes(&u.doc);
}

}  // namespace
}  // namespace corroborate
