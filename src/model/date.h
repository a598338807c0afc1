// Calendar dates with an explicit precision, and publish timestamps with a time zone.
// "December 2025" is a date of month precision; it is never silently turned into 1 December.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace corroborate {

enum class DatePrecision : uint8_t { kNone, kYear, kMonth, kDay, kMinute };

const char* PrecisionName(DatePrecision p);  // "none", "year", "month", "day", "minute"

// A proleptic Gregorian date. Fields below the precision are 0 (month/day) when unknown.
struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12, 0 when unknown
  int day = 0;    // 1..31, 0 when unknown
  DatePrecision precision = DatePrecision::kNone;

  static CivilDate Day(int y, int m, int d) { return {y, m, d, DatePrecision::kDay}; }
  static CivilDate Month(int y, int m) { return {y, m, 0, DatePrecision::kMonth}; }
  static CivilDate Year(int y) { return {y, 0, 0, DatePrecision::kYear}; }

  bool valid() const { return precision != DatePrecision::kNone; }
  bool has_day() const { return precision >= DatePrecision::kDay; }

  // Days since 1970-01-01 (needs day precision).
  int64_t ToDays() const;
  static CivilDate FromDays(int64_t days);
  CivilDate AddDays(int64_t n) const { return FromDays(ToDays() + n); }
  // 0 = Monday … 6 = Sunday (ISO order). Needs day precision.
  int Weekday() const;
  // "2025-12-02", "2025-12", "2025", or "" when invalid.
  std::string Iso() const;
  // Parses the forms Iso() writes.
  static std::optional<CivilDate> ParseIso(const std::string& s);

  bool operator==(const CivilDate&) const = default;
  // Orders by (year, month, day); precision breaks ties so the order is total.
  bool operator<(const CivilDate& o) const;
};

bool IsValidDay(int year, int month, int day);
int DaysInMonth(int year, int month);

// When an article says it was published: a date, optionally a time and a UTC offset.
struct Timestamp {
  CivilDate date;
  int hour = -1;                          // -1 when unknown
  int minute = -1;                        // -1 when unknown
  std::optional<int> utc_offset_minutes;  // e.g. -240 for EDT
  std::string zone;                       // as written: "EDT", "UTC", "+03:00"; may be empty
  bool year_inferred = false;             // the text gave no year; it was inferred (see extract/)

  bool valid() const { return date.valid(); }
  // ISO 8601: "2025-12-03T08:00-04:00", "2025-12-03T04:53", "2025-12-03", "" when invalid.
  std::string Iso() const;
};

}  // namespace corroborate
