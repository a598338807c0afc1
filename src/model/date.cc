#include "model/date.h"

#include <cstdio>

namespace corroborate {

const char* PrecisionName(DatePrecision p) {
  switch (p) {
    case DatePrecision::kNone:
      return "none";
    case DatePrecision::kYear:
      return "year";
    case DatePrecision::kMonth:
      return "month";
    case DatePrecision::kDay:
      return "day";
    case DatePrecision::kMinute:
      return "minute";
  }
  return "none";
}

static bool IsLeap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int year, int month) {
  static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && IsLeap(year) ? 29 : kDays[month - 1];
}

bool IsValidDay(int year, int month, int day) {
  return year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 &&
         day <= DaysInMonth(year, month);
}

// Howard Hinnant's days_from_civil / civil_from_days algorithms (public domain formulas).
int64_t CivilDate::ToDays() const {
  int64_t y = year - (month <= 2);
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t mp = (month + 9) % 12;
  const int64_t doy = (153 * mp + 2) / 5 + day - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilDate::FromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  const int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  const int y = static_cast<int>(yoe + era * 400 + (m <= 2));
  return Day(y, m, d);
}

int CivilDate::Weekday() const {
  int64_t d = ToDays();  // 1970-01-01 was a Thursday (3).
  return static_cast<int>(((d % 7) + 7 + 3) % 7);
}

std::string CivilDate::Iso() const {
  char buf[16];
  switch (precision) {
    case DatePrecision::kNone:
      return "";
    case DatePrecision::kYear:
      std::snprintf(buf, sizeof buf, "%04d", year);
      break;
    case DatePrecision::kMonth:
      std::snprintf(buf, sizeof buf, "%04d-%02d", year, month);
      break;
    default:
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

std::optional<CivilDate> CivilDate::ParseIso(const std::string& s) {
  int y = 0, m = 0, d = 0;
  if (s.size() == 10 && std::sscanf(s.c_str(), "%4d-%2d-%2d", &y, &m, &d) == 3 &&
      IsValidDay(y, m, d)) {
    return Day(y, m, d);
  }
  if (s.size() == 7 && std::sscanf(s.c_str(), "%4d-%2d", &y, &m) == 2 && m >= 1 && m <= 12) {
    return Month(y, m);
  }
  if (s.size() == 4 && std::sscanf(s.c_str(), "%4d", &y) == 1 && y >= 1) return Year(y);
  return std::nullopt;
}

bool CivilDate::operator<(const CivilDate& o) const {
  if (year != o.year) return year < o.year;
  if (month != o.month) return month < o.month;
  if (day != o.day) return day < o.day;
  return precision < o.precision;
}

std::string Timestamp::Iso() const {
  std::string out = date.Iso();
  if (out.empty() || hour < 0 || !date.has_day()) return out;
  char buf[32];
  std::snprintf(buf, sizeof buf, "T%02d:%02d", hour, minute < 0 ? 0 : minute);
  out += buf;
  if (utc_offset_minutes) {
    int off = *utc_offset_minutes;
    if (off == 0) {
      out += "Z";
    } else {
      char sign = off < 0 ? '-' : '+';
      off = off < 0 ? -off : off;
      std::snprintf(buf, sizeof buf, "%c%02d:%02d", sign, off / 60, off % 60);
      out += buf;
    }
  }
  return out;
}

}  // namespace corroborate
