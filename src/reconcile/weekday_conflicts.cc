// Weekday against date: a sentence that names both ("on Tuesday, March 5") where the calendar
// disagrees (5 March 2025 is a Wednesday) is a `date` conflict inside one report. The year is
// the one written, else the one analyze/ resolved for the date, else the publish year.
#include <array>
#include <cstdlib>
#include <string>
#include <string_view>

#include "core/strings.h"
#include "reconcile/conflicts.h"

namespace corroborate {
namespace {

// 0 = Monday … 6 = Sunday, or -1.
int WeekdayWord(std::string_view w) {
  static constexpr std::array<std::string_view, 7> kDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  for (size_t i = 0; i < kDays.size(); ++i) {
    if (w == kDays[i]) return static_cast<int>(i);
  }
  return -1;
}

// 1..12 for a month name or its abbreviation, else 0.
int MonthWord(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (w == kMonths[i] || (w.size() >= 3 && w.size() <= 4 && kMonths[i].substr(0, w.size()) == w &&
                            (w.size() == 3 || w == "sept"))) {
      return static_cast<int>(i + 1);
    }
  }
  return 0;
}

// A day of the month ("5", "5th", "21st"), else 0.
int DayNumber(std::string_view w) {
  size_t n = 0;
  while (n < w.size() && w[n] >= '0' && w[n] <= '9') ++n;
  if (n == 0 || n > 2) return 0;
  std::string_view rest = w.substr(n);
  if (!rest.empty() && rest != "st" && rest != "nd" && rest != "rd" && rest != "th") return 0;
  int d = std::atoi(std::string(w.substr(0, n)).c_str());
  return d >= 1 && d <= 31 ? d : 0;
}

int YearNumber(std::string_view w) {
  if (w.size() != 4) return 0;
  for (char c : w) {
    if (c < '0' || c > '9') return 0;
  }
  int y = std::atoi(std::string(w).c_str());
  return y >= 1900 && y <= 2200 ? y : 0;
}

const char* WeekdayName(int wd) {
  static const char* const kNames[] = {"Monday", "Tuesday",  "Wednesday", "Thursday",
                                       "Friday", "Saturday", "Sunday"};
  return wd >= 0 && wd < 7 ? kNames[wd] : "";
}

}  // namespace

std::vector<FoundConflict> FindWeekdayConflicts(const ConflictContext& ctx) {
  std::vector<FoundConflict> out;
  const auto& claims = ctx.claims.claims;
  for (size_t ci = 0; ci < claims.size(); ++ci) {
    const Claim& c = claims[ci];
    const auto& t = c.tokens;
    for (size_t i = 0; i < t.size(); ++i) {
      const int wd = t[i].punct ? -1 : WeekdayWord(t[i].lower);
      if (wd < 0) continue;
      // "Tuesday, March 5", "Tuesday (5 March 2025)", "Tuesday the 5th of March".
      size_t j = i + 1;
      auto skip = [&] {
        while (j < t.size() && (t[j].lower == "," || t[j].lower == "(" || t[j].lower == "the" ||
                                t[j].lower == "of" || t[j].lower == ".")) {
          ++j;
        }
      };
      skip();
      int month = 0, day = 0;
      const size_t first = j;
      size_t last = j;
      if (j < t.size() && (month = MonthWord(t[j].lower)) > 0) {
        ++j;
        skip();
        if (j < t.size()) day = DayNumber(t[j].lower);
        last = j;
      } else if (j < t.size() && (day = DayNumber(t[j].lower)) > 0) {
        ++j;
        skip();
        if (j < t.size()) month = MonthWord(t[j].lower);
        last = j;
      }
      if (month == 0 || day == 0 || last >= t.size()) continue;
      int year = 0;
      size_t k = last + 1;
      while (k < t.size() && t[k].lower == ",") ++k;
      if (k < t.size()) year = YearNumber(t[k].lower);
      if (year != 0) last = k;
      const TextSpan date_span{t[first].span.begin, t[last].span.end};
      if (year == 0) {
        for (const ClaimTime& ct : c.times) {
          if (ct.date.valid() && ct.span.Overlaps(date_span) && ct.date.month == month) {
            year = ct.date.year;
          }
        }
      }
      const AnnotatedDoc* doc = ctx.story.docs[c.doc];
      if (year == 0 && doc->article->published.valid()) year = doc->article->published.date.year;
      if (year == 0 && doc->reference_date.valid()) year = doc->reference_date.year;
      if (year == 0 || !IsValidDay(year, month, day)) continue;
      const CivilDate date = CivilDate::Day(year, month, day);
      const int actual = date.Weekday();
      if (actual == wd) continue;
      const std::string outlet = OutletName(ctx, c.doc);
      const std::string weekday_text(t[i].span.Of(doc->text()));
      const std::string date_text = CollapseWhitespace(date_span.Of(doc->text()));
      FoundConflict f;
      f.conflict.kind = ConflictKind::kDate;
      f.conflict.summary = outlet + " gives the weekday “" + weekday_text + "” with the date “" +
                           date_text + "”, but " + date.Iso() + " is a " + WeekdayName(actual);
      f.conflict.sides.push_back(
          {"the weekday: " + weekday_text, outlet, {ctx.story.At(c.doc, t[i].span)}});
      f.conflict.sides.push_back({"the date: " + date.Iso() + " (a " + WeekdayName(actual) + ")",
                                  outlet,
                                  {ctx.story.At(c.doc, date_span)}});
      f.claims.push_back(static_cast<uint32_t>(ci));
      out.push_back(std::move(f));
      break;  // one per sentence
    }
  }
  return out;
}

}  // namespace corroborate
