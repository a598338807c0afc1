#include "extract/html/date_parse.h"

#include <array>
#include <string>

#include "core/strings.h"
#include "extract/metadata/dateline.h"
#include "extract/metadata/time_zone.h"

namespace corroborate {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A forward-only reader over one value.
class Cursor {
 public:
  explicit Cursor(std::string_view s) : s_(s) {}
  bool AtEnd() const { return i_ >= s_.size(); }
  char Peek(size_t ahead = 0) const { return i_ + ahead < s_.size() ? s_[i_ + ahead] : '\0'; }
  bool Eat(char c) {
    if (Peek() != c) return false;
    ++i_;
    return true;
  }
  void SkipSpaces() {
    while (!AtEnd() && s_[i_] == ' ') ++i_;
  }
  // Exactly n digits (not followed by another digit when `exact`).
  bool Digits(size_t n, int* out, bool exact = true) {
    int v = 0;
    for (size_t k = 0; k < n; ++k) {
      if (!IsDigit(Peek(k))) return false;
      v = v * 10 + (Peek(k) - '0');
    }
    if (exact && IsDigit(Peek(n))) return false;
    i_ += n;
    *out = v;
    return true;
  }
  // 1 or 2 digits.
  bool SmallNumber(int* out) {
    if (!IsDigit(Peek())) return false;
    int v = Peek() - '0';
    size_t n = 1;
    if (IsDigit(Peek(1))) {
      v = v * 10 + (Peek(1) - '0');
      n = 2;
    }
    if (IsDigit(Peek(n))) return false;
    i_ += n;
    *out = v;
    return true;
  }
  std::string_view Word() {
    const size_t start = i_;
    while (!AtEnd() && IsAlpha(s_[i_])) ++i_;
    return s_.substr(start, i_ - start);
  }
  std::string_view Rest() const { return s_.substr(i_ < s_.size() ? i_ : s_.size()); }
  size_t pos() const { return i_; }
  std::string_view Since(size_t start) const { return s_.substr(start, i_ - start); }

 private:
  std::string_view s_;
  size_t i_ = 0;
};

// "+03:00", "+0300", "+03", "-05:00" at the cursor (sign included).
bool ReadNumericOffset(Cursor* c, int* minutes) {
  const char sign = c->Peek();
  if (sign != '+' && sign != '-') return false;
  Cursor probe = *c;
  probe.Eat(sign);
  int hours = 0, mins = 0;
  if (probe.Digits(4, &hours)) {
    mins = hours % 100;
    hours /= 100;
  } else if (probe.Digits(2, &hours, /*exact=*/false)) {
    if (probe.Eat(':') && !probe.Digits(2, &mins)) return false;
  } else if (!probe.Digits(1, &hours)) {  // "GMT+1"
    return false;
  }
  if (hours > 14 || mins > 59) return false;
  *minutes = (hours * 60 + mins) * (sign == '-' ? -1 : 1);
  *c = probe;
  return true;
}

// A zone after a time: "Z", a numeric offset, or an abbreviation ("GMT", "EST", "GMT+0100",
// "UTC-5"). Sets the zone text as written and the offset when known.
bool ReadZone(Cursor* c, Timestamp* t) {
  const size_t start = c->pos();
  int minutes = 0;
  if (c->Peek() == 'Z' && !IsAlpha(c->Peek(1))) {
    c->Eat('Z');
    t->zone = "Z";
    t->utc_offset_minutes = 0;
    return true;
  }
  if (ReadNumericOffset(c, &minutes)) {
    t->zone = std::string(c->Since(start));
    t->utc_offset_minutes = minutes;
    return true;
  }
  Cursor probe = *c;
  std::string_view word = probe.Word();
  if (word.empty() || word.size() > 5) return false;
  std::string upper(word);
  for (char& ch : upper) ch = static_cast<char>(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
  if (upper == "UT") upper = "UTC";
  const ZoneInfo zone = LookupZone(upper);
  if (!zone.known) return false;
  t->zone = upper;
  t->utc_offset_minutes = zone.offset_minutes;
  // "GMT+0100", "UTC-5": an offset from UTC written after the abbreviation.
  if (zone.offset_minutes && *zone.offset_minutes == 0 && ReadNumericOffset(&probe, &minutes)) {
    t->utc_offset_minutes = minutes;
    t->zone = std::string(probe.Since(start));
  }
  *c = probe;
  return true;
}

// "08:00", "08:00:00", "08:00:00.123" (extended) or "0800", "080000" (basic, only when
// `allow_basic`).
bool ReadClock(Cursor* c, Timestamp* t, bool allow_basic) {
  int h = 0, m = 0, s = 0;
  Cursor probe = *c;
  if (probe.Digits(2, &h, /*exact=*/false) && probe.Eat(':')) {
    if (!probe.Digits(2, &m)) return false;
    if (probe.Eat(':') && !probe.Digits(2, &s)) return false;
  } else if (allow_basic) {
    probe = *c;
    if (!probe.Digits(2, &h, false) || !probe.Digits(2, &m, false)) return false;
    probe.Digits(2, &s, false);
  } else {
    return false;
  }
  if ((probe.Peek() == '.' || probe.Peek() == ',') && IsDigit(probe.Peek(1))) {
    probe.Eat(probe.Peek());
    while (IsDigit(probe.Peek())) probe.Eat(probe.Peek());
  }
  if (h > 23 || m > 59 || s > 60) return false;
  t->hour = h;
  t->minute = m;
  *c = probe;
  return true;
}

bool PlausibleYear(int y) { return y >= 1900 && y <= 2100; }

// Checks a date and fills t->date with day precision.
bool SetDay(int y, int m, int d, Timestamp* t) {
  if (!PlausibleYear(y) || !IsValidDay(y, m, d)) return false;
  t->date = CivilDate::Day(y, m, d);
  return true;
}

constexpr std::array<std::string_view, 13> kLabels = {"first published",  "originally published",
                                                      "publication date", "date published",
                                                      "last updated",     "last modified",
                                                      "published",        "updated",
                                                      "posted",           "modified",
                                                      "created",          "date",
                                                      "pub date"};

// "Published: …", "Last updated on …": the label in front of a visible date.
std::string_view StripLabel(std::string_view s) {
  s = Trim(s);
  for (std::string_view label : kLabels) {
    if (s.size() > label.size() && IStartsWith(s, label) && !IsAlpha(s[label.size()])) {
      s = Trim(s.substr(label.size()));
      if (!s.empty() && s.front() == ':') s = Trim(s.substr(1));
      for (std::string_view word : {"on ", "at "}) {
        if (IStartsWith(s, word)) s = Trim(s.substr(word.size()));
      }
      return s;
    }
  }
  return s;
}

std::optional<Timestamp> FromDateline(std::string_view s) {
  std::optional<ParsedDateline> p = ParseDateline(s);
  if (!p || !p->has_year || !p->timestamp.date.has_day()) return std::nullopt;
  return p->timestamp;
}

// "3:04 PM EST", "15:04 GMT", "01:38:07 PM IST", "3:04 p.m. ET": a clock at the start of s.
// Returns the bytes it takes (0 when s does not start with one) and fills the clock fields.
size_t ReadLeadingClock(std::string_view s, Timestamp* t) {
  Cursor c(s);
  int h = 0, m = 0, sec = 0;
  if (!c.SmallNumber(&h) || !c.Eat(':') || !c.Digits(2, &m)) return 0;
  if (c.Eat(':') && !c.Digits(2, &sec)) return 0;
  Cursor after_minutes = c;
  c.SkipSpaces();
  std::string lm = AsciiLower(c.Word());
  if (lm == "a" || lm == "p") {  // "p.m."
    if (!c.Eat('.') || AsciiLower(c.Word()) != "m") return 0;
    c.Eat('.');
  } else if (lm == "am" || lm == "pm") {
    lm.pop_back();
  } else {
    lm.clear();
    c = after_minutes;
  }
  if (!lm.empty()) {
    if (h < 1 || h > 12) return 0;
    h = h % 12 + (lm == "p" ? 12 : 0);
  }
  if (h > 23 || m > 59) return 0;
  Timestamp out;
  out.hour = h;
  out.minute = m;
  Cursor zone = c;
  zone.SkipSpaces();
  if (ReadZone(&zone, &out)) c = zone;
  t->hour = out.hour;
  t->minute = out.minute;
  t->zone = out.zone;
  t->utc_offset_minutes = out.utc_offset_minutes;
  return c.pos();
}

// "2 Dec 2025 14.05 GMT": some outlets write clocks with a full stop. Rewrites "14.05" to
// "14:05" where it stands alone after a space (never inside "03.12.2025").
std::string DottedClockToColon(std::string_view s) {
  std::string out(s);
  for (size_t i = 1; i + 2 < out.size(); ++i) {
    if (out[i] != '.' || !IsDigit(out[i + 1]) || !IsDigit(out[i + 2])) continue;
    if (i + 3 < out.size() && out[i + 3] != ' ') continue;
    size_t h = i;
    while (h > 0 && IsDigit(out[h - 1])) --h;
    if (i - h < 1 || i - h > 2 || h == 0 || out[h - 1] != ' ') continue;
    out[i] = ':';
  }
  return out;
}

}  // namespace

std::optional<Timestamp> ParseIsoDateTime(std::string_view s) {
  s = Trim(s);
  Cursor c(s);
  Timestamp t;
  int y = 0, m = 0, d = 0;
  if (!c.Digits(4, &y, /*exact=*/false)) return std::nullopt;
  if (c.Eat('-')) {
    if (!c.Digits(2, &m)) return std::nullopt;
    if (c.AtEnd()) {
      if (!PlausibleYear(y) || m < 1 || m > 12) return std::nullopt;
      t.date = CivilDate::Month(y, m);
      return t;
    }
    if (!c.Eat('-') || !c.Digits(2, &d)) return std::nullopt;
  } else if (!c.Digits(2, &m, false) || !c.Digits(2, &d)) {
    return std::nullopt;
  }
  if (!SetDay(y, m, d, &t)) return std::nullopt;
  if (c.AtEnd()) return t;
  const bool basic_date = s.size() > 4 && s[4] != '-';
  if (!(c.Eat('T') || c.Eat('t') || c.Eat(' '))) return std::nullopt;
  if (!ReadClock(&c, &t, basic_date)) return std::nullopt;
  c.SkipSpaces();
  if (!c.AtEnd() && !ReadZone(&c, &t)) return std::nullopt;
  c.SkipSpaces();
  if (!c.AtEnd()) return std::nullopt;
  return t;
}

std::optional<Timestamp> ParseRfc2822Date(std::string_view s) {
  s = Trim(s);
  if (s.size() > 120) return std::nullopt;
  Cursor c(s);
  Timestamp t;
  // Optional weekday: "Tue," (RFC) or "Tue " (JavaScript).
  Cursor probe = c;
  std::string_view first = probe.Word();
  if (!first.empty() && MonthFromName(first) == 0) {
    probe.Eat(',');
    probe.SkipSpaces();
    c = probe;
  }
  int day = 0, month = 0, year = 0;
  if (c.SmallNumber(&day)) {  // "02 Dec 2025"
    c.SkipSpaces();
    month = MonthFromName(c.Word());
  } else {  // "Dec 02 2025"
    month = MonthFromName(c.Word());
    c.SkipSpaces();
    if (!c.SmallNumber(&day)) return std::nullopt;
  }
  c.SkipSpaces();
  if (month == 0 || !c.Digits(4, &year) || !SetDay(year, month, day, &t)) return std::nullopt;
  c.SkipSpaces();
  if (!c.AtEnd()) {
    if (!ReadClock(&c, &t, /*allow_basic=*/false)) return std::nullopt;
    c.SkipSpaces();
    if (!c.AtEnd() && !ReadZone(&c, &t)) return std::nullopt;
    c.SkipSpaces();
    // JavaScript appends the zone's long name: "(Central European Standard Time)".
    if (c.Peek() == '(' && s.back() == ')') return t;
  }
  if (!c.AtEnd()) return std::nullopt;
  return t;
}

std::optional<Timestamp> ParseUnixTime(std::string_view digits) {
  digits = Trim(digits);
  if (digits.empty()) return std::nullopt;
  int64_t v = 0;
  for (char ch : digits) {
    if (!IsDigit(ch)) return std::nullopt;
    v = v * 10 + (ch - '0');
    if (v > 99999999999999) return std::nullopt;
  }
  const size_t n = digits.size();
  if (n == 12 || n == 13) {
    v /= 1000;
  } else if (n != 9 && n != 10) {
    return std::nullopt;
  }
  return TimestampFromUnixSeconds(v);
}

std::optional<Timestamp> ParseWrittenDate(std::string_view s) {
  s = Trim(s);
  if (s.empty() || s.size() > 200) return std::nullopt;
  std::string_view body = StripLabel(s);
  if (auto t = FromDateline(body)) return t;
  const std::string colon_clock = DottedClockToColon(body);
  if (colon_clock != body) {
    if (auto t = FromDateline(colon_clock)) return t;
  }
  if (auto t = ParseRfc2822Date(body)) return t;
  // "By Jane Doe | Dec. 2, 2025 | 4 min read": the segment that is a date.
  for (std::string_view sep : {"|", "\xC2\xB7", "\xE2\x80\xA2", " / "}) {
    if (body.find(sep) == std::string_view::npos) continue;
    size_t start = 0;
    while (start <= body.size()) {
      size_t end = body.find(sep, start);
      if (end == std::string_view::npos) end = body.size();
      const std::string_view part = StripLabel(body.substr(start, end - start));
      if (auto t = FromDateline(part)) return t;
      start = end + sep.size();
    }
  }
  // "3:04 PM EST, Tue December 2, 2025", "01:38:07 PM IST Nov 20, 2019": a clock first.
  Timestamp clock;
  if (const size_t used = ReadLeadingClock(body, &clock)) {
    std::string_view rest = Trim(body.substr(used));
    if (!rest.empty() && (rest.front() == ',' || rest.front() == '|')) rest = Trim(rest.substr(1));
    if (auto t = FromDateline(rest); t && t->hour < 0) {
      t->hour = clock.hour;
      t->minute = clock.minute;
      t->zone = clock.zone;
      t->utc_offset_minutes = clock.utc_offset_minutes;
      return t;
    }
  }
  return std::nullopt;
}

std::optional<Timestamp> ParseDateValue(std::string_view s) {
  s = Trim(s);
  if (s.size() < 6 || s.size() > 200) return std::nullopt;
  if (IsDigit(s[0]) && IsDigit(s[1]) && IsDigit(s[2]) && IsDigit(s[3])) {
    if (auto t = ParseIsoDateTime(s)) return t;
  }
  if (auto t = ParseRfc2822Date(s)) return t;
  return ParseWrittenDate(s);
}

Timestamp TimestampFromUnixSeconds(int64_t seconds) {
  int64_t days = seconds / 86400;
  int64_t rem = seconds % 86400;
  if (rem < 0) {
    rem += 86400;
    --days;
  }
  Timestamp t;
  t.date = CivilDate::FromDays(days);
  t.hour = static_cast<int>(rem / 3600);
  t.minute = static_cast<int>(rem % 3600 / 60);
  t.zone = "UTC";
  t.utc_offset_minutes = 0;
  return t;
}

int64_t ApproxUnixMinutes(const Timestamp& t) {
  if (!t.date.has_day()) return 0;
  int64_t minutes = t.date.ToDays() * 1440;
  if (t.hour >= 0) minutes += t.hour * 60 + (t.minute < 0 ? 0 : t.minute);
  if (t.hour >= 0 && t.utc_offset_minutes) minutes -= *t.utc_offset_minutes;
  return minutes;
}

}  // namespace corroborate
