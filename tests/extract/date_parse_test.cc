// Date values from HTML metadata: ISO 8601 in all its forms, RFC 2822, JavaScript dates,
// written English, Unix time.
#include "extract/html/date_parse.h"

#include <gtest/gtest.h>

namespace corroborate {
namespace {

std::string Iso(std::optional<Timestamp> t) { return t ? t->Iso() : "<none>"; }

TEST(HtmlDateParseTest, IsoForms) {
  EXPECT_EQ(Iso(ParseIsoDateTime("2025-12-03")), "2025-12-03");
  EXPECT_EQ(Iso(ParseIsoDateTime("2025-12-03T08:00")), "2025-12-03T08:00");
  EXPECT_EQ(Iso(ParseIsoDateTime("2025-12-03T08:15:42")), "2025-12-03T08:15");
  EXPECT_EQ(Iso(ParseIsoDateTime("2025-12-03T08:15:42.123456Z")), "2025-12-03T08:15Z");
  EXPECT_EQ(Iso(ParseIsoDateTime("2025-12-03T08:15:42+03:00")), "2025-12-03T08:15+03:00");
  EXPECT_EQ(Iso(ParseIsoDateTime("2025-12-03T08:15:42-0500")), "2025-12-03T08:15-05:00");
  EXPECT_EQ(Iso(ParseIsoDateTime("2025-12-03T08:15-05")), "2025-12-03T08:15-05:00");
  EXPECT_EQ(Iso(ParseIsoDateTime("2025-12-03 08:15:42")), "2025-12-03T08:15");
  EXPECT_EQ(Iso(ParseIsoDateTime("2025-12-03 08:15:42 +0100")), "2025-12-03T08:15+01:00");
  EXPECT_EQ(Iso(ParseIsoDateTime("2025-12-03T08:15:42,5+05:30")), "2025-12-03T08:15+05:30");
  EXPECT_EQ(Iso(ParseIsoDateTime("20251203T081542Z")), "2025-12-03T08:15Z");
  EXPECT_EQ(Iso(ParseIsoDateTime("20251203")), "2025-12-03");
  EXPECT_EQ(Iso(ParseIsoDateTime("2025-12-03 08:15 UTC")), "2025-12-03T08:15Z");
  EXPECT_EQ(Iso(ParseIsoDateTime("2025-12-03T08:15:00 EST")), "2025-12-03T08:15-05:00");
  auto month = ParseIsoDateTime("2025-12");
  ASSERT_TRUE(month);
  EXPECT_EQ(month->date.precision, DatePrecision::kMonth);
}

TEST(HtmlDateParseTest, IsoKeepsZoneAsWritten) {
  auto t = ParseIsoDateTime("2025-12-03T08:15:42-0500");
  ASSERT_TRUE(t);
  EXPECT_EQ(t->zone, "-0500");
  EXPECT_EQ(t->utc_offset_minutes, -300);
  EXPECT_EQ(t->hour, 8);
  EXPECT_EQ(t->minute, 15);
  auto z = ParseIsoDateTime("2025-12-03T08:15Z");
  ASSERT_TRUE(z);
  EXPECT_EQ(z->zone, "Z");
  EXPECT_EQ(z->utc_offset_minutes, 0);
  auto local = ParseIsoDateTime("2025-12-03T08:15");
  ASSERT_TRUE(local);
  EXPECT_FALSE(local->utc_offset_minutes.has_value());
  EXPECT_TRUE(local->zone.empty());
}

TEST(HtmlDateParseTest, IsoRejectsWhatItDoesNotUnderstand) {
  for (const char* bad : {"2025", "2025-13-01", "2025-02-30", "2025-12-03T25:00", "2025-12-03T",
                          "2025-12-03 is the day", "2025-12-03T08:61", "12025-12-03",
                          "2025-12-03T08:00+99:00", "1733150700", ""}) {
    EXPECT_FALSE(ParseIsoDateTime(bad)) << bad;
  }
}

TEST(HtmlDateParseTest, Rfc2822AndJavaScript) {
  EXPECT_EQ(Iso(ParseRfc2822Date("Tue, 02 Dec 2025 14:05:00 GMT")), "2025-12-02T14:05Z");
  EXPECT_EQ(Iso(ParseRfc2822Date("2 Dec 2025 14:05 +0100")), "2025-12-02T14:05+01:00");
  EXPECT_EQ(Iso(ParseRfc2822Date("Tue, 02 Dec 2025 09:05:00 EST")), "2025-12-02T09:05-05:00");
  auto js = ParseRfc2822Date("Tue Dec 02 2025 14:05:00 GMT+0100 (Central European Standard Time)");
  ASSERT_TRUE(js);
  EXPECT_EQ(js->Iso(), "2025-12-02T14:05+01:00");
  EXPECT_EQ(js->zone, "GMT+0100");
  EXPECT_FALSE(ParseRfc2822Date("Tue, 02 Foo 2025 14:05:00 GMT"));
  EXPECT_FALSE(ParseRfc2822Date("Tue, 31 Nov 2025 14:05:00 GMT"));
}

TEST(HtmlDateParseTest, WrittenEnglish) {
  auto a = ParseWrittenDate("December 2, 2025 at 3:04 p.m. EST");
  ASSERT_TRUE(a);
  EXPECT_EQ(a->Iso(), "2025-12-02T15:04-05:00");
  EXPECT_EQ(a->zone, "EST");
  auto b = ParseWrittenDate("Dec. 2, 2025 10:42 AM ET");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->hour, 10);
  EXPECT_EQ(b->minute, 42);
  EXPECT_EQ(b->zone, "ET");
  EXPECT_FALSE(b->utc_offset_minutes.has_value());  // ET is EST or EDT: not guessed
  EXPECT_EQ(Iso(ParseWrittenDate("2 Dec 2025")), "2025-12-02");
  EXPECT_EQ(Iso(ParseWrittenDate("Published: March 7, 2025")), "2025-03-07");
  EXPECT_EQ(Iso(ParseWrittenDate("First published on Tuesday 2 December 2025 14.05 GMT")),
            "2025-12-02T14:05Z");  // a clock written with a full stop
  EXPECT_EQ(Iso(ParseWrittenDate("Last updated: 2 December 2025, 14:05 GMT")), "2025-12-02T14:05Z");
  EXPECT_EQ(Iso(ParseWrittenDate("By Jane Doe | Dec. 2, 2025 | 4 min read")), "2025-12-02");
  EXPECT_EQ(Iso(ParseWrittenDate("3:04 PM EST, Tue December 2, 2025")), "2025-12-02T15:04-05:00");
}

TEST(HtmlDateParseTest, WrittenNeedsAYearAndADay) {
  EXPECT_FALSE(ParseWrittenDate("December 2"));
  EXPECT_FALSE(ParseWrittenDate("December 2025"));
  EXPECT_FALSE(ParseWrittenDate("Copyright 2025 The Harbour Times"));
  EXPECT_FALSE(ParseWrittenDate("12 comments"));
  EXPECT_FALSE(ParseWrittenDate("03/04/2025"));  // March 4 or 3 April: not guessed
}

TEST(HtmlDateParseTest, UnixTime) {
  EXPECT_EQ(Iso(ParseUnixTime("1764684300")), "2025-12-02T14:05Z");
  EXPECT_EQ(Iso(ParseUnixTime("1764684300000")), "2025-12-02T14:05Z");
  EXPECT_FALSE(ParseUnixTime("17646843"));
  EXPECT_FALSE(ParseUnixTime("1764684300x"));
  EXPECT_FALSE(ParseUnixTime("-1764684300"));
}

TEST(HtmlDateParseTest, DateValueTriesEveryForm) {
  EXPECT_EQ(Iso(ParseDateValue(" 2025-12-03T08:00:00+03:00 ")), "2025-12-03T08:00+03:00");
  EXPECT_EQ(Iso(ParseDateValue("Tue, 02 Dec 2025 14:05:00 GMT")), "2025-12-02T14:05Z");
  EXPECT_EQ(Iso(ParseDateValue("December 2, 2025")), "2025-12-02");
  EXPECT_EQ(Iso(ParseDateValue("2025/12/03")), "2025-12-03");
  EXPECT_FALSE(ParseDateValue("yesterday"));
  EXPECT_FALSE(ParseDateValue("1764684300"));  // a bare number is no date unless labelled
}

TEST(HtmlDateParseTest, ApproxUnixMinutesOrdersAcrossZones) {
  auto a = ParseIsoDateTime("2025-12-03T08:00+03:00");  // 05:00 UTC
  auto b = ParseIsoDateTime("2025-12-03T06:00Z");
  ASSERT_TRUE(a && b);
  EXPECT_LT(ApproxUnixMinutes(*a), ApproxUnixMinutes(*b));
  EXPECT_EQ(ApproxUnixMinutes(*b) - ApproxUnixMinutes(*a), 60);
}

}  // namespace
}  // namespace corroborate
