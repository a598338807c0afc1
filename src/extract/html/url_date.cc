#include "extract/html/url_date.h"

#include "extract/html/url_resolve.h"
#include "extract/metadata/dateline.h"

namespace corroborate {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The number made of exactly `n` digits at path[i], not touching other digits; -1 if none.
int NumberAt(std::string_view path, size_t i, size_t n) {
  if (i + n > path.size() || (i > 0 && IsDigit(path[i - 1]))) return -1;
  if (i + n < path.size() && IsDigit(path[i + n])) return -1;
  int v = 0;
  for (size_t k = 0; k < n; ++k) {
    if (!IsDigit(path[i + k])) return -1;
    v = v * 10 + (path[i + k] - '0');
  }
  return v;
}

bool PlausibleYear(int y) { return y >= 1995 && y <= 2100; }

// A separator that may stand between the parts of a date in a path.
bool IsSep(char c) { return c == '/' || c == '-' || c == '_' || c == '.'; }

// Tries a date starting with a four-digit year at path[i]. Day precision when found.
std::optional<CivilDate> DateAt(std::string_view path, size_t i) {
  const int year = NumberAt(path, i, 4);
  if (!PlausibleYear(year)) {
    // "/20251203/": eight digits standing alone.
    if (NumberAt(path, i, 8) >= 0) {
      const int y = NumberAt(path, i, 8) / 10000;
      const int m = NumberAt(path, i, 8) / 100 % 100;
      const int d = NumberAt(path, i, 8) % 100;
      if (PlausibleYear(y) && IsValidDay(y, m, d)) return CivilDate::Day(y, m, d);
    }
    return std::nullopt;
  }
  size_t j = i + 4;
  if (j >= path.size() || !IsSep(path[j])) return std::nullopt;
  const char sep = path[j];
  ++j;
  int month = -1;
  size_t after_month = j;
  for (size_t n : {2u, 1u}) {
    if ((month = NumberAt(path, j, n)) >= 0) {
      after_month = j + n;
      break;
    }
  }
  if (month < 0 && sep == '/') {  // "/2025/dec/03/"
    size_t k = j;
    while (k < path.size() && IsAlpha(path[k])) ++k;
    if (k - j >= 3 && k - j <= 9) {
      month = MonthFromName(path.substr(j, k - j));
      after_month = k;
      if (month == 0) month = -1;
    }
  }
  if (month < 1 || month > 12) return std::nullopt;
  if (after_month < path.size() && path[after_month] == sep) {
    for (size_t n : {2u, 1u}) {
      const int day = NumberAt(path, after_month + 1, n);
      if (day < 0) continue;
      // The day must end the segment or be followed by a separator ("/2025/12/03/slug",
      // "-2025-12-03.html"): "/2025/12/0312345" is an id.
      const size_t end = after_month + 1 + n;
      if (end < path.size() && !IsSep(path[end])) return std::nullopt;
      if (!IsValidDay(year, month, day)) return std::nullopt;
      return CivilDate::Day(year, month, day);
    }
  }
  // "/2025/12/slug": month precision, only in the slash form (a "2025-12" in a slug is too
  // often a product or report name).
  if (sep == '/' && after_month < path.size() && path[after_month] == '/') {
    return CivilDate::Month(year, month);
  }
  return std::nullopt;
}

}  // namespace

std::optional<CivilDate> DateFromUrl(std::string_view url) {
  const UrlParts parts = SplitUrl(url);
  const std::string_view path = parts.path;
  std::optional<CivilDate> month_only;
  for (size_t i = 0; i + 4 <= path.size(); ++i) {
    if (!IsDigit(path[i]) || (i > 0 && IsDigit(path[i - 1]))) continue;
    if (i > 0 && IsAlpha(path[i - 1])) continue;  // "/v2025" or "abc20251203" is a name
    if (std::optional<CivilDate> d = DateAt(path, i)) {
      if (d->has_day()) return d;
      if (!month_only) month_only = d;
    }
  }
  return month_only;
}

}  // namespace corroborate
