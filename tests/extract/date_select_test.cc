// The choice of publish and modified dates among a page's candidates: sanity, agreement,
// precision, publish <= modified.
#include "extract/html/date_select.h"

#include <gtest/gtest.h>

#include "extract/html/date_parse.h"

namespace corroborate {
namespace {

// 2025-12-10T12:00Z: "now" for every test.
constexpr int64_t kNow = 1765368000;

DateCandidate C(std::string_view value, std::string source, int weight, bool modified = false) {
  DateCandidate c;
  c.timestamp = ParseDateValue(value).value_or(Timestamp{});
  if (!c.timestamp.valid()) {  // month-precision values
    c.timestamp = ParseIsoDateTime(value).value_or(Timestamp{});
  }
  c.source = std::move(source);
  c.weight = weight;
  c.modified = modified;
  return c;
}

TEST(DateSelectTest, StrongestSourceWinsAlone) {
  DateChoice d = ChooseDates(
      {C("2025-12-02T07:30:00-05:00", "json-ld", 10), C("2025-12-01", "dateline", 5)}, kNow);
  EXPECT_EQ(d.published.Iso(), "2025-12-02T07:30-05:00");
  EXPECT_EQ(d.published_source, "json-ld");
}

TEST(DateSelectTest, AgreementOutvotesOneStrongSource) {
  // JSON-LD carries a stale template date; og:, <time> and the URL agree on another day.
  DateChoice d = ChooseDates(
      {C("2025-11-20T09:00:00Z", "json-ld", 10), C("2025-12-02T07:30:00-05:00", "meta og", 9),
       C("2025-12-02", "time", 6), C("2025-12-02", "url", 5)},
      kNow);
  EXPECT_EQ(d.published.Iso(), "2025-12-02T07:30-05:00");
  EXPECT_EQ(d.published_source, "meta og");
}

TEST(DateSelectTest, PreciseStatementOfTheWinningDay) {
  // The URL and a dateline agree; the <time> gives the same day with a time and a zone.
  DateChoice d = ChooseDates({C("2025-12-02", "url", 5), C("December 2, 2025", "dateline", 5),
                              C("2025-12-02T14:05:00+01:00", "time", 3)},
                             kNow);
  EXPECT_EQ(d.published.Iso(), "2025-12-02T14:05+01:00");
  EXPECT_EQ(d.published_source, "time");
}

TEST(DateSelectTest, AcrossZonesADayApartAgrees) {
  DateChoice d = ChooseDates({C("2025-12-03T02:00:00Z", "meta", 7), C("2025-12-02", "url", 5),
                              C("2025-11-30", "json-ld", 10)},
                             kNow);
  EXPECT_EQ(d.published_source, "json-ld");  // 20 vs 14 + 5: still the strong source
  DateChoice e = ChooseDates({C("2025-12-03T02:00:00Z", "meta", 7), C("2025-12-02", "url", 5),
                              C("December 2, 2025", "dateline", 5), C("2025-11-30", "json-ld", 10)},
                             kNow);
  EXPECT_EQ(e.published_source, "meta");
}

TEST(DateSelectTest, FutureAndAncientDatesAreDropped) {
  DateChoice d = ChooseDates({C("2031-01-01T00:00:00Z", "json-ld", 10), C("1970-01-01", "meta", 9),
                              C("2025-12-02", "url", 5)},
                             kNow);
  EXPECT_EQ(d.published.Iso(), "2025-12-02");
  EXPECT_EQ(d.published_source, "url");
  // A day of slack for zones east of UTC.
  DateChoice e = ChooseDates({C("2025-12-11T08:00:00+14:00", "meta", 9)}, kNow);
  EXPECT_EQ(e.published_source, "meta");
  EXPECT_FALSE(ChooseDates({C("2025-12-12", "meta", 9)}, kNow).published.valid());
}

TEST(DateSelectTest, PublishedNeverAfterModified) {
  // A dateline shows the update day; the real publish date is earlier.
  DateChoice d =
      ChooseDates({C("2025-12-05T10:00:00Z", "dateline", 5), C("2025-12-02T08:00:00Z", "url", 4),
                   C("2025-12-04T18:00:00Z", "json-ld dateModified", 10, true)},
                  kNow);
  EXPECT_EQ(d.published_source, "url");
  EXPECT_EQ(d.modified.Iso(), "2025-12-04T18:00Z");
  // Nothing published before the modified date: the modified date is the one dropped.
  DateChoice e = ChooseDates({C("2025-12-05T10:00:00Z", "json-ld datePublished", 10),
                              C("2025-12-01T18:00:00Z", "json-ld dateModified", 10, true)},
                             kNow);
  EXPECT_EQ(e.published.Iso(), "2025-12-05T10:00Z");
  EXPECT_FALSE(e.modified.valid());
}

TEST(DateSelectTest, MonthPrecisionUrlOnlyAsLastResort) {
  DateChoice d = ChooseDates({C("2025-12", "url", 2)}, kNow);
  EXPECT_EQ(d.published.Iso(), "2025-12");
  DateChoice e = ChooseDates({C("2025-12", "url", 2), C("2025-12-02", "time", 3)}, kNow);
  EXPECT_EQ(e.published.Iso(), "2025-12-02");
}

TEST(DateSelectTest, NoCandidates) {
  DateChoice d = ChooseDates({}, kNow);
  EXPECT_FALSE(d.published.valid());
  EXPECT_FALSE(d.modified.valid());
  EXPECT_TRUE(d.published_source.empty());
}

}  // namespace
}  // namespace corroborate
