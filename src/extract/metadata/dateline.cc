#include "extract/metadata/dateline.h"

#include <unicode/uchar.h>

#include <array>
#include <vector>

#include "core/strings.h"
#include "core/utf8.h"
#include "extract/metadata/time_zone.h"

namespace corroborate {
namespace {

constexpr size_t kMaxDatelineBytes = 120;

enum class Kind { kWord, kNumber, kPunct };

struct Token {
  Kind kind;
  std::string_view text;
  int value = 0;  // numbers (capped)
  int digits = 0;
  bool space_before = false;
};

std::vector<Token> Tokenize(std::string_view s) {
  std::vector<Token> tokens;
  size_t pos = 0;
  bool space = false;
  while (pos < s.size()) {
    const size_t start = pos;
    char32_t c = utf8::Next(s, &pos);
    if (c == ' ' || c == '\t' || c == 0xA0) {
      space = true;
      continue;
    }
    Token t{Kind::kPunct, {}, 0, 0, space};
    space = false;
    if (c >= '0' && c <= '9') {
      t.kind = Kind::kNumber;
      size_t end = start;
      while (end < s.size() && s[end] >= '0' && s[end] <= '9') {
        if (t.value < 100000) t.value = t.value * 10 + (s[end] - '0');
        ++t.digits;
        ++end;
      }
      pos = end;
      t.text = s.substr(start, end - start);
    } else if (u_isalpha(static_cast<UChar32>(c))) {
      t.kind = Kind::kWord;
      size_t end = pos;
      while (end < s.size()) {
        size_t next = end;
        char32_t d = utf8::Next(s, &next);
        if (!u_isalpha(static_cast<UChar32>(d))) break;
        end = next;
      }
      pos = end;
      t.text = s.substr(start, end - start);
    } else {
      t.text = s.substr(start, pos - start);
    }
    tokens.push_back(t);
  }
  return tokens;
}

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

constexpr std::array<std::string_view, 14> kFillers = {
    "published", "updated", "posted", "on",  "at", "last",    "modified",
    "date",      "time",    "pub",    "upd", "of", "created", "edited"};

bool IsWeekday(const std::string& lw) {
  for (std::string_view d : kWeekdays) {
    if (lw == d || (lw.size() >= 3 && lw.size() < d.size() && StartsWith(d, lw))) return true;
  }
  return false;
}

bool IsFiller(const std::string& lw) {
  for (std::string_view f : kFillers) {
    if (lw == f) return true;
  }
  return false;
}

bool IsPunct(const Token& t, std::string_view p) { return t.kind == Kind::kPunct && t.text == p; }

bool IsDash(std::string_view p) {
  return p == "-" || p == "\xE2\x80\x94" || p == "\xE2\x80\x93" || p == "\xE2\x88\x92";
}

struct State {
  int year = 0, month = 0, day = 0, hour = -1, minute = -1;
  std::string zone;
  std::optional<int> offset;
  bool iso_date_just_ended = false;
};

// Parses "+03:00", "+0300", "+3" at tokens[i] (the sign); returns tokens consumed, 0 if none.
size_t ParseOffset(const std::vector<Token>& tk, size_t i, std::string_view src, State* st) {
  if (i + 1 >= tk.size() || tk[i + 1].kind != Kind::kNumber || tk[i + 1].space_before) return 0;
  const bool negative = !IsPunct(tk[i], "+");
  int hours = 0, minutes = 0;
  size_t used = 2;
  const Token& n = tk[i + 1];
  if (n.digits == 4) {
    hours = n.value / 100;
    minutes = n.value % 100;
  } else if (n.digits <= 2) {
    hours = n.value;
    if (i + 3 < tk.size() && IsPunct(tk[i + 2], ":") && tk[i + 3].kind == Kind::kNumber &&
        tk[i + 3].digits == 2) {
      minutes = tk[i + 3].value;
      used = 4;
    }
  } else {
    return 0;
  }
  if (hours > 14 || minutes > 59) return 0;
  const int total = (hours * 60 + minutes) * (negative ? -1 : 1);
  const size_t begin = static_cast<size_t>(tk[i].text.data() - src.data());
  const Token& last = tk[i + used - 1];
  const size_t end = static_cast<size_t>(last.text.data() - src.data()) + last.text.size();
  st->zone += std::string(src.substr(begin, end - begin));
  st->offset = st->offset.value_or(0) + total;
  return used;
}

bool SetHour(int hour, State* st) {
  if (st->hour >= 0 || hour > 23) return false;
  st->hour = hour;
  return true;
}

// Reads "am"/"pm" (also "a.m.") at tokens[i]; returns tokens consumed (0 if none).
size_t ReadMeridiem(const std::vector<Token>& tk, size_t i, bool* pm) {
  if (i >= tk.size() || tk[i].kind != Kind::kWord) return 0;
  const std::string lw = AsciiLower(tk[i].text);
  if (lw == "am" || lw == "pm") {
    *pm = lw == "pm";
    return 1;
  }
  if ((lw == "a" || lw == "p") && i + 2 < tk.size() && IsPunct(tk[i + 1], ".") &&
      tk[i + 2].kind == Kind::kWord && AsciiLower(tk[i + 2].text) == "m") {
    *pm = lw == "p";
    size_t used = 3;
    if (i + 3 < tk.size() && IsPunct(tk[i + 3], ".")) ++used;
    return used;
  }
  return 0;
}

bool ApplyMeridiem(bool pm, State* st) {
  if (st->hour < 1 || st->hour > 12) return false;
  if (pm && st->hour != 12) st->hour += 12;
  if (!pm && st->hour == 12) st->hour = 0;
  return true;
}

bool SetDate(int y, int m, int d, State* st) {
  if (st->month != 0 || st->day != 0 || st->year != 0) return false;
  if (y < 1900 || y > 2100 || !IsValidDay(y, m, d)) return false;
  st->year = y;
  st->month = m;
  st->day = d;
  return true;
}

// Numeric dates: "2025-12-03", "2025/12/03", "03.12.2025", "25/12/2025", "12/25/2025".
// Returns tokens consumed, 0 if this is not one, -1 if it is one but ambiguous/invalid.
int ParseNumericDate(const std::vector<Token>& tk, size_t i, State* st) {
  if (i + 4 >= tk.size()) return 0;
  const Token& a = tk[i];
  const Token& s1 = tk[i + 1];
  const Token& b = tk[i + 2];
  const Token& s2 = tk[i + 3];
  const Token& c = tk[i + 4];
  if (s1.kind != Kind::kPunct || s2.kind != Kind::kPunct || s1.text != s2.text ||
      b.kind != Kind::kNumber || c.kind != Kind::kNumber || s1.space_before || b.space_before ||
      s2.space_before || c.space_before) {
    return 0;
  }
  const std::string_view sep = s1.text;
  if (sep != "-" && sep != "/" && sep != ".") return 0;
  if (a.digits == 4 && b.digits <= 2 && c.digits <= 2) {
    if (!SetDate(a.value, b.value, c.value, st)) return -1;
    st->iso_date_just_ended = true;
    return 5;
  }
  if (a.digits <= 2 && b.digits <= 2 && c.digits == 4) {
    int day = 0, month = 0;
    if (sep == ".") {
      day = a.value, month = b.value;  // European dotted form is always day.month.year
    } else if (a.value > 12 && b.value <= 12) {
      day = a.value, month = b.value;
    } else if (b.value > 12 && a.value <= 12) {
      day = b.value, month = a.value;
    } else if (a.value == b.value) {
      day = a.value, month = a.value;
    } else {
      return -1;  // 03/12/2025: March 12 or 3 December? Do not guess.
    }
    return SetDate(c.value, month, day, st) ? 5 : -1;
  }
  return 0;
}

// Parses "04:53", "14:05:09", "8:30 pm", "8 AM" at tokens[i]; returns tokens consumed.
size_t ParseTime(const std::vector<Token>& tk, size_t i, State* st) {
  const Token& h = tk[i];
  if (h.digits > 2) return 0;
  size_t used = 0;
  if (i + 2 < tk.size() && IsPunct(tk[i + 1], ":") && tk[i + 2].kind == Kind::kNumber &&
      tk[i + 2].digits == 2 && !tk[i + 2].space_before) {
    if (tk[i + 2].value > 59 || !SetHour(h.value, st)) return 0;
    st->minute = tk[i + 2].value;
    used = 3;
    // Seconds and fractions are read and dropped.
    if (i + 4 < tk.size() && IsPunct(tk[i + 3], ":") && tk[i + 4].kind == Kind::kNumber) {
      used = 5;
      if (i + 6 < tk.size() && IsPunct(tk[i + 5], ".") && tk[i + 6].kind == Kind::kNumber &&
          !tk[i + 6].space_before) {
        used = 7;
      }
    }
  }
  bool pm = false;
  size_t mer = ReadMeridiem(tk, i + (used == 0 ? 1 : used), &pm);
  if (used == 0) {
    if (mer == 0) return 0;
    if (!SetHour(h.value, st)) return 0;
    st->minute = 0;
    used = 1;
  }
  if (mer > 0) {
    if (!ApplyMeridiem(pm, st)) return 0;
    used += mer;
  }
  return used;
}

std::optional<ParsedDateline> ParseTokens(std::string_view src) {
  const std::vector<Token> tk = Tokenize(src);
  State st;
  bool has_year = false;
  for (size_t i = 0; i < tk.size();) {
    const Token& t = tk[i];
    const bool iso_just_ended = st.iso_date_just_ended;
    st.iso_date_just_ended = false;
    if (t.kind == Kind::kPunct) {
      if ((IsPunct(t, "+") || IsDash(t.text)) && st.hour >= 0 && !st.offset) {
        if (size_t used = ParseOffset(tk, i, src, &st)) {
          i += used;
          continue;
        }
      }
      ++i;  // separators: , . | / — : ( ) and the like
      continue;
    }
    if (t.kind == Kind::kWord) {
      const std::string lw = AsciiLower(t.text);
      if (int m = MonthFromName(t.text); m != 0 && st.month == 0) {
        st.month = m;
        ++i;
        continue;
      }
      if (IsWeekday(lw) || IsFiller(lw)) {
        ++i;
        continue;
      }
      if (lw == "t" && iso_just_ended) {
        ++i;
        continue;
      }
      if ((lw == "st" || lw == "nd" || lw == "rd" || lw == "th") && !t.space_before && i > 0 &&
          tk[i - 1].kind == Kind::kNumber) {
        ++i;
        continue;
      }
      if (st.hour >= 0 && st.zone.empty()) {
        ZoneInfo zone = LookupZone(t.text);
        if (zone.known) {
          st.zone = std::string(t.text);
          st.offset = zone.offset_minutes;
          ++i;
          // "GMT+3", "UTC-05:00".
          if (i < tk.size() && (IsPunct(tk[i], "+") || IsDash(tk[i].text)) && st.offset &&
              *st.offset == 0 && !tk[i].space_before) {
            st.offset.reset();
            if (size_t used = ParseOffset(tk, i, src, &st)) {
              i += used;
            } else {
              st.offset = 0;
            }
          }
          continue;
        }
      }
      return std::nullopt;
    }
    // Numbers.
    int numeric = ParseNumericDate(tk, i, &st);
    if (numeric < 0) return std::nullopt;
    if (numeric > 0) {
      has_year = true;
      i += static_cast<size_t>(numeric);
      continue;
    }
    if (size_t used = ParseTime(tk, i, &st)) {
      i += used;
      continue;
    }
    if (t.digits == 4 && st.year == 0 && t.value >= 1900 && t.value <= 2100) {
      st.year = t.value;
      has_year = true;
      ++i;
      continue;
    }
    if (t.digits <= 2 && st.day == 0 && t.value >= 1 && t.value <= 31 && st.hour < 0) {
      st.day = t.value;
      ++i;
      continue;
    }
    return std::nullopt;
  }
  if (st.month == 0) return std::nullopt;
  ParsedDateline out;
  out.has_year = has_year;
  if (st.day == 0) {
    // "December 2025": month precision, only with a year and no time.
    if (!has_year || st.hour >= 0) return std::nullopt;
    out.timestamp.date = CivilDate::Month(st.year, st.month);
    return out;
  }
  const int check_year = has_year ? st.year : 2000;  // 2000 is a leap year: 29 February passes
  if (!IsValidDay(check_year, st.month, st.day)) return std::nullopt;
  out.timestamp.date = {has_year ? st.year : 0, st.month, st.day, DatePrecision::kDay};
  if (st.hour >= 0) {
    out.has_time = true;
    out.timestamp.hour = st.hour;
    out.timestamp.minute = st.minute < 0 ? 0 : st.minute;
    out.timestamp.zone = st.zone;
    out.timestamp.utc_offset_minutes = st.offset;
  }
  return out;
}

bool HasDigit(std::string_view s) {
  for (char c : s) {
    if (c >= '0' && c <= '9') return true;
  }
  return false;
}

}  // namespace

int MonthFromName(std::string_view word) {
  std::string lw = AsciiLower(word);
  while (!lw.empty() && lw.back() == '.') lw.pop_back();
  if (lw.size() < 3) return 0;
  if (lw == "sept") return 9;
  for (size_t m = 0; m < kMonths.size(); ++m) {
    const std::string_view name = kMonths[m];
    if (lw == name || (lw.size() == 3 && StartsWith(name, lw))) return static_cast<int>(m) + 1;
  }
  return 0;
}

std::optional<ParsedDateline> ParseDateline(std::string_view line) {
  line = Trim(line);
  if (line.empty() || line.size() > kMaxDatelineBytes || !HasDigit(line)) return std::nullopt;
  if (auto direct = ParseTokens(line)) return direct;
  // "WASHINGTON — DECEMBER 3 , 8 AM EDT", "KYIV, Ukraine - Dec 3": a place, a dash, the date.
  for (std::string_view dash : {"\xE2\x80\x94", "\xE2\x80\x93", " - ", " -- "}) {
    const size_t at = line.find(dash);
    if (at == std::string_view::npos) continue;
    std::string_view place = Trim(line.substr(0, at));
    std::string_view rest = Trim(line.substr(at + dash.size()));
    if (place.empty() || HasDigit(place) || Split(place, ' ').size() > 6) continue;
    if (auto parsed = ParseTokens(rest)) {
      parsed->place = std::string(place);
      return parsed;
    }
  }
  // "MOSCOW, Dec. 3": an upper-case place and a comma.
  const size_t comma = line.find(',');
  if (comma != std::string_view::npos) {
    std::string_view place = Trim(line.substr(0, comma));
    bool upper = !place.empty() && !HasDigit(place) && MonthFromName(place) == 0;
    for (char c : place) upper = upper && !(c >= 'a' && c <= 'z');
    if (upper) {
      if (auto parsed = ParseTokens(line.substr(comma + 1))) {
        parsed->place = std::string(place);
        return parsed;
      }
    }
  }
  return std::nullopt;
}

}  // namespace corroborate
