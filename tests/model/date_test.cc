#include "model/date.h"

#include <gtest/gtest.h>

namespace corroborate {
namespace {

TEST(CivilDate, WeekdayOfKnownDates) {
  EXPECT_EQ(CivilDate::Day(2025, 12, 2).Weekday(), 1);  // Tuesday
  EXPECT_EQ(CivilDate::Day(2025, 12, 3).Weekday(), 2);  // Wednesday
  EXPECT_EQ(CivilDate::Day(2024, 2, 29).Weekday(), 3);  // Thursday
}

TEST(CivilDate, DaysRoundTripAcrossLeapYears) {
  for (int64_t d = -800; d < 30000; d += 37) {
    EXPECT_EQ(CivilDate::FromDays(d).ToDays(), d);
  }
  EXPECT_EQ(CivilDate::Day(2025, 12, 3).AddDays(-1), CivilDate::Day(2025, 12, 2));
  EXPECT_EQ(CivilDate::Day(2024, 3, 1).AddDays(-1), CivilDate::Day(2024, 2, 29));
}

TEST(CivilDate, IsoKeepsPrecision) {
  EXPECT_EQ(CivilDate::Day(2025, 12, 2).Iso(), "2025-12-02");
  EXPECT_EQ(CivilDate::Month(2025, 11).Iso(), "2025-11");
  EXPECT_EQ(CivilDate::Year(2022).Iso(), "2022");
  EXPECT_EQ(CivilDate().Iso(), "");
  EXPECT_EQ(CivilDate::ParseIso("2025-12-02"), CivilDate::Day(2025, 12, 2));
  EXPECT_FALSE(CivilDate::ParseIso("2025-02-30").has_value());
}

TEST(Timestamp, IsoWithZone) {
  Timestamp t;
  t.date = CivilDate::Day(2025, 12, 3);
  t.hour = 8;
  t.minute = 0;
  t.utc_offset_minutes = -240;
  EXPECT_EQ(t.Iso(), "2025-12-03T08:00-04:00");
  t.utc_offset_minutes = 0;
  EXPECT_EQ(t.Iso(), "2025-12-03T08:00Z");
  t.utc_offset_minutes.reset();
  t.hour = -1;
  EXPECT_EQ(t.Iso(), "2025-12-03");
}

}  // namespace
}  // namespace corroborate
