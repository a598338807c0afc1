#include "extract/metadata/dateline.h"

#include <gtest/gtest.h>

#include "extract/metadata/time_zone.h"

namespace corroborate {
namespace {

ParsedDateline MustParse(const std::string& line) {
  auto p = ParseDateline(line);
  EXPECT_TRUE(p.has_value()) << line;
  return p.value_or(ParsedDateline{});
}

TEST(DatelineTest, MonthNameForms) {
  auto a = MustParse("December 2, 2025");
  EXPECT_EQ(a.timestamp.Iso(), "2025-12-02");
  EXPECT_TRUE(a.has_year);
  EXPECT_FALSE(a.has_time);
  EXPECT_EQ(a.timestamp.date.precision, DatePrecision::kDay);
  EXPECT_EQ(MustParse("Dec. 2, 2025").timestamp.Iso(), "2025-12-02");
  EXPECT_EQ(MustParse("2 December 2025").timestamp.Iso(), "2025-12-02");
  EXPECT_EQ(MustParse("Sept 14th, 2024").timestamp.Iso(), "2024-09-14");
  EXPECT_EQ(MustParse("Published: March 7, 2025").timestamp.Iso(), "2025-03-07");
}

TEST(DatelineTest, MonthPrecision) {
  auto p = MustParse("November 2025");
  EXPECT_EQ(p.timestamp.date.precision, DatePrecision::kMonth);
  EXPECT_EQ(p.timestamp.Iso(), "2025-11");
}

TEST(DatelineTest, NoYearKeepsDayAndTime) {
  auto p = MustParse("3 December 04:53");
  EXPECT_FALSE(p.has_year);
  EXPECT_TRUE(p.has_time);
  EXPECT_EQ(p.timestamp.date.month, 12);
  EXPECT_EQ(p.timestamp.date.day, 3);
  EXPECT_EQ(p.timestamp.hour, 4);
  EXPECT_EQ(p.timestamp.minute, 53);
  EXPECT_FALSE(p.timestamp.utc_offset_minutes.has_value());
  EXPECT_TRUE(p.timestamp.zone.empty());
}

TEST(DatelineTest, PlaceDashDateTimeZone) {
  auto p = MustParse("LONDON \xE2\x80\x94 MARCH 9 , 8 AM EDT");
  EXPECT_EQ(p.place, "LONDON");
  EXPECT_FALSE(p.has_year);
  EXPECT_EQ(p.timestamp.date.month, 3);
  EXPECT_EQ(p.timestamp.date.day, 9);
  EXPECT_EQ(p.timestamp.hour, 8);
  EXPECT_EQ(p.timestamp.minute, 0);
  EXPECT_EQ(p.timestamp.zone, "EDT");
  EXPECT_EQ(p.timestamp.utc_offset_minutes, -240);

  auto q = MustParse("KYIV, Ukraine \xE2\x80\x93 June 4, 2024, 6:15 p.m. EEST");
  EXPECT_EQ(q.place, "KYIV, Ukraine");
  EXPECT_EQ(q.timestamp.Iso(), "2024-06-04T18:15+03:00");
  EXPECT_FALSE(ParseDateline("NAIROBI \xE2\x80\x94 June 4, 2024 in the capital").has_value());
}

TEST(DatelineTest, WeekdayDateTimeGmt) {
  auto p = MustParse("Tuesday, 2 December 2025 14:05 GMT");
  EXPECT_EQ(p.timestamp.Iso(), "2025-12-02T14:05Z");
  EXPECT_EQ(p.timestamp.zone, "GMT");
}

TEST(DatelineTest, TwelveHourClock) {
  EXPECT_EQ(MustParse("Jan 5, 2025 at 8:30 p.m. PST").timestamp.Iso(), "2025-01-05T20:30-08:00");
  EXPECT_EQ(MustParse("Jan 5, 2025 12:10 am").timestamp.Iso(), "2025-01-05T00:10");
  EXPECT_EQ(MustParse("Jan 5, 2025 12 PM CET").timestamp.Iso(), "2025-01-05T12:00+01:00");
}

TEST(DatelineTest, IsoForms) {
  EXPECT_EQ(MustParse("2025-12-03").timestamp.Iso(), "2025-12-03");
  auto z = MustParse("2025-12-03T08:00:00Z");
  EXPECT_EQ(z.timestamp.Iso(), "2025-12-03T08:00Z");
  EXPECT_EQ(z.timestamp.zone, "Z");
  auto off = MustParse("2025-12-03T08:00:00+03:00");
  EXPECT_EQ(off.timestamp.utc_offset_minutes, 180);
  EXPECT_EQ(off.timestamp.zone, "+03:00");
  EXPECT_EQ(MustParse("2025-12-03T08:00:00.000-0500").timestamp.Iso(), "2025-12-03T08:00-05:00");
  EXPECT_EQ(MustParse("2025-12-03 16:45 GMT+3").timestamp.Iso(), "2025-12-03T16:45+03:00");
}

TEST(DatelineTest, ZonesWithAndWithoutOffsets) {
  EXPECT_EQ(MustParse("May 1, 2025 10:00 MSK").timestamp.utc_offset_minutes, 180);
  EXPECT_EQ(MustParse("May 1, 2025 10:00 CEST").timestamp.utc_offset_minutes, 120);
  EXPECT_EQ(MustParse("May 1, 2025 10:00 EEST").timestamp.utc_offset_minutes, 180);
  EXPECT_EQ(MustParse("May 1, 2025 10:00 BST").timestamp.utc_offset_minutes, 60);
  EXPECT_EQ(MustParse("May 1, 2025 10:00 CDT").timestamp.utc_offset_minutes, -300);
  // IST is India, Israel or Ireland: the zone is kept, no offset is guessed.
  auto ist = MustParse("May 1, 2025 10:00 IST");
  EXPECT_EQ(ist.timestamp.zone, "IST");
  EXPECT_FALSE(ist.timestamp.utc_offset_minutes.has_value());
  EXPECT_EQ(ist.timestamp.Iso(), "2025-05-01T10:00");
  EXPECT_FALSE(LookupZone("XYZ").known);
}

TEST(DatelineTest, NumericDatesOnlyWhenUnambiguous) {
  EXPECT_EQ(MustParse("25/12/2024").timestamp.Iso(), "2024-12-25");
  EXPECT_EQ(MustParse("12/25/2024").timestamp.Iso(), "2024-12-25");
  EXPECT_EQ(MustParse("03.12.2025").timestamp.Iso(), "2025-12-03");
  EXPECT_FALSE(ParseDateline("12/03/2025").has_value());
}

TEST(DatelineTest, RejectsNonDates) {
  EXPECT_FALSE(ParseDateline("in News").has_value());
  EXPECT_FALSE(ParseDateline("Yesterday, on December 2, talks ended at the Kremlin.").has_value());
  EXPECT_FALSE(ParseDateline("Five Hours at the Kremlin").has_value());
  EXPECT_FALSE(ParseDateline("February 30, 2025").has_value());
  EXPECT_FALSE(ParseDateline("The 2025 budget").has_value());
  EXPECT_FALSE(ParseDateline("").has_value());
  EXPECT_FALSE(ParseDateline(std::string(5000, '1')).has_value());
}

TEST(DatelineTest, MonthNames) {
  EXPECT_EQ(MonthFromName("Dec."), 12);
  EXPECT_EQ(MonthFromName("SEPTEMBER"), 9);
  EXPECT_EQ(MonthFromName("Sept"), 9);
  EXPECT_EQ(MonthFromName("Ma"), 0);
  EXPECT_EQ(MonthFromName("Mayor"), 0);
}

}  // namespace
}  // namespace corroborate
