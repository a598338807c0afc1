#include "analyze/times.h"

#include <cstdlib>
#include <string>

#include "analyze/number_words.h"

namespace corroborate {
namespace {

using scan::Lex;
using scan::LexKind;

bool IsYearValue(int v) { return v >= 1900 && v <= 2100; }

class TimeScanner {
 public:
  TimeScanner(std::string_view text, const std::vector<Lex>& lexes, const CivilDate& ref,
              std::vector<TimeMention>* out)
      : text_(text), lx_(lexes), ref_(ref), has_day_(ref.valid() && ref.has_day()), out_(out) {}

  void Run() {
    size_t i = 0;
    while (i < lx_.size()) {
      size_t next = TryAt(i);
      i = next > i ? next : i + 1;
    }
  }

 private:
  std::string_view S(size_t i) const { return scan::Str(text_, lx_[i]); }
  std::string L(size_t i) const { return i < lx_.size() ? scan::LowerAscii(S(i)) : std::string(); }
  bool IsWord(size_t i) const { return i < lx_.size() && lx_[i].kind == LexKind::kWord; }
  bool Punct(size_t i, std::string_view p) const {
    return i < lx_.size() && scan::IsPunct(text_, lx_[i], p);
  }
  bool Same(size_t a, size_t b) const { return lx_[a].sentence == lx_[b].sentence; }

  // A day number 1..31 ("2", "2nd"); -1 otherwise.
  int DayAt(size_t i) const {
    if (i >= lx_.size() || lx_[i].kind != LexKind::kNumber) return -1;
    std::string_view s = S(i);
    size_t d = 0;
    while (d < s.size() && s[d] >= '0' && s[d] <= '9') ++d;
    if (d == 0 || d > 2) return -1;
    std::string suffix = scan::LowerAscii(s.substr(d));
    if (!suffix.empty() && suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") {
      return -1;
    }
    int v = std::atoi(std::string(s.substr(0, d)).c_str());
    return v >= 1 && v <= 31 ? v : -1;
  }
  int YearAt(size_t i) const {
    if (i >= lx_.size() || lx_[i].kind != LexKind::kNumber) return -1;
    std::string_view s = S(i);
    if (s.size() != 4 || !scan::IsAllDigits(s)) return -1;
    int v = std::atoi(std::string(s).c_str());
    return IsYearValue(v) ? v : -1;
  }
  int MonthAt(size_t i) const { return IsWord(i) ? scan::MonthWord(S(i)) : 0; }

  void Emit(size_t first, size_t last, CivilDate date, CivilDate end, bool relative) {
    if (!date.valid()) return;
    TimeMention t;
    // "this week’s": the span ends before the possessive
    t.span = {lx_[first].begin,
              static_cast<uint32_t>(lx_[last].begin + scan::StripPossessive(S(last)).size())};
    t.date = date;
    t.end_date = end;
    t.relative = relative;
    t.sentence = lx_[first].sentence;
    out_->push_back(t);
  }
  void EmitSpan(TextSpan span, size_t at, CivilDate date, CivilDate end, bool relative) {
    if (!date.valid()) return;
    TimeMention t;
    t.span = span;
    t.date = date;
    t.end_date = end;
    t.relative = relative;
    t.sentence = lx_[at].sentence;
    out_->push_back(t);
  }

  size_t TryAt(size_t i) {
    if (lx_[i].kind == LexKind::kNumber) return TryDayFirst(i);
    if (lx_[i].kind != LexKind::kWord) return i + 1;
    if (int m = MonthAt(i); m != 0) return TryMonth(i, m);
    std::string_view word = scan::StripPossessive(S(i));
    if (int w = scan::WeekdayWord(word); w >= 0) return TryWeekday(i, w, word.size());
    return TryRelative(i);
  }

  // "2 December", "3 December 2025".
  size_t TryDayFirst(size_t i) {
    int day = DayAt(i);
    int month = MonthAt(i + 1);
    if (day > 0 && month != 0 && Same(i, i + 1)) {
      size_t last = i + 1;
      if (Punct(last + 1, ".") && S(last).size() <= 4) ++last;
      int year = YearAt(last + 1);
      if (year > 0) {
        if (IsValidDay(year, month, day))
          Emit(i, last + 1, CivilDate::Day(year, month, day), {}, false);
        return last + 2;
      }
      Emit(i, i + 1, NearestMonthDay(ref_, month, day), {}, true);
      return last + 1;
    }
    // "in 2022", "since 2024", "by 2027": year precision.
    int year = YearAt(i);
    if (year > 0 && i > 0 && IsWord(i - 1)) {
      std::string p = L(i - 1);
      if (p == "in" || p == "since" || p == "by" || p == "until" || p == "till" || p == "from" ||
          p == "through" || p == "before" || p == "after" || p == "during" || p == "early" ||
          p == "late" || p == "mid") {
        Emit(i, i, CivilDate::Year(year), {}, false);
      }
    }
    return i + 1;
  }

  size_t TryMonth(size_t i, int month) {
    size_t j = i + 1;
    std::string_view name = S(i);
    bool abbreviated =
        name.size() <= 4 && scan::LowerAscii(name) != "june" && scan::LowerAscii(name) != "july";
    bool dotted = abbreviated && Punct(j, ".");
    if (dotted) ++j;
    int day = DayAt(j);
    // A sentence splitter may have cut after "Nov.": the abbreviation still binds the day.
    if (day > 0 && (Same(i, j) || dotted)) {
      // "December 2, 2025" / "Dec. 2 2025"
      size_t y = Punct(j + 1, ",") ? j + 2 : j + 1;
      int year = YearAt(y);
      if (year > 0) {
        if (IsValidDay(year, month, day)) Emit(i, y, CivilDate::Day(year, month, day), {}, false);
        return y + 1;
      }
      Emit(i, j, NearestMonthDay(ref_, month, day), {}, true);
      return j + 1;
    }
    int year = YearAt(j);
    if (year > 0 && Same(i, j)) {
      Emit(i, j, CivilDate::Month(year, month), {}, false);
      return j + 1;
    }
    // A bare month after a preposition ("in November"): the nearest such month. "May" and
    // "March" are also verbs and abbreviations are ambiguous, so they need a day or year.
    if (!abbreviated && month != 5 && month != 3 && ref_.valid() && i > 0 && IsWord(i - 1)) {
      std::string p = L(i - 1);
      if (p == "in" || p == "since" || p == "until" || p == "during" || p == "early" ||
          p == "late" || p == "mid" || p == "from") {
        int best_year = ref_.year;
        int ref_index = ref_.year * 12 + (ref_.month > 0 ? ref_.month - 1 : 0);
        int best = 1 << 30;
        for (int y = ref_.year - 1; y <= ref_.year + 1; ++y) {
          int d = std::abs(y * 12 + month - 1 - ref_index);
          if (d < best) best = d, best_year = y;
        }
        Emit(i, i, CivilDate::Month(best_year, month), {}, true);
      }
    }
    return i + 1;
  }

  // Looks back through the clause before lex i for words that put it in the future.
  bool FutureContext(size_t i) const {
    size_t steps = 0;
    for (size_t k = i; k > 0 && steps < 14; ++steps) {
      --k;
      if (!Same(k, i)) break;
      if (lx_[k].kind == LexKind::kPunct) {
        std::string_view p = S(k);
        if (p == "," || p == ";" || p == ":" || p == "\xE2\x80\x9C" || p == "\xE2\x80\x9D" ||
            p == "\"" || p == "(" || p == ")") {
          break;
        }
        continue;
      }
      std::string w = L(k);
      std::string next = L(k + 1);
      if (w == "will" || w == "shall" || w == "upcoming" || w == "scheduled" || w == "next" ||
          w.ends_with("'ll") || w.ends_with("\xE2\x80\x99ll")) {
        return true;
      }
      if (next == "to" && (w == "expected" || w == "plans" || w == "plan" || w == "planned" ||
                           w == "planning" || w == "due" || w == "set" || w == "going" ||
                           w == "intends" || w == "intend" || w == "aims" || w == "hopes")) {
        return true;
      }
    }
    return false;
  }

  size_t TryWeekday(size_t i, int weekday, size_t word_bytes) {
    if (!has_day_) return i + 1;
    // Plural "Tuesdays" is a habit, not a date.
    if (S(i).size() != word_bytes && scan::StripPossessive(S(i)).size() == S(i).size()) {
      return i + 1;
    }
    size_t first = i;
    std::string prev = i > 0 && IsWord(i - 1) && Same(i - 1, i) ? L(i - 1) : "";
    CivilDate date;
    if (prev == "last" || prev == "past") {
      first = i - 1;
      date = ResolveWeekday(ref_, weekday, false);
      if (date == ref_) date = ref_.AddDays(-7);
    } else if (prev == "next" || prev == "coming") {
      first = i - 1;
      date = ResolveWeekday(ref_, weekday, true);
      if (date == ref_) date = ref_.AddDays(7);
    } else if (prev == "this") {
      first = i - 1;
      date = ResolveWeekday(ref_, weekday, FutureContext(i - 1));
    } else {
      date = ResolveWeekday(ref_, weekday, FutureContext(i));
    }
    TextSpan span{lx_[first].begin, static_cast<uint32_t>(lx_[i].begin + word_bytes)};
    EmitSpan(span, first, date, {}, true);
    return i + 1;
  }

  size_t TryRelative(size_t i) {
    std::string w = L(i);
    const bool ok = has_day_;
    if (w == "yesterday" || w == "today" || w == "tomorrow" || w == "tonight") {
      if (ok) {
        int delta = w == "yesterday" ? -1 : w == "tomorrow" ? 1 : 0;
        std::string_view s = scan::StripPossessive(S(i));
        EmitSpan({lx_[i].begin, static_cast<uint32_t>(lx_[i].begin + s.size())}, i,
                 ref_.AddDays(delta), {}, true);
      }
      return i + 1;
    }
    std::string n1 = i + 1 < lx_.size() && Same(i, i + 1) ? L(i + 1) : "";
    std::string n2 = i + 2 < lx_.size() && Same(i, i + 2) ? L(i + 2) : "";
    auto unit_of = [](const std::string& s) -> std::string {
      std::string_view v = scan::StripPossessive(s);
      return std::string(v);
    };
    // "earlier this month", "later this week"
    size_t first = i;
    std::string rel = w;
    std::string unit = unit_of(n1);
    size_t last = i + 1;
    if ((w == "earlier" || w == "later") && n1 == "this") {
      rel = "this";
      unit = unit_of(n2);
      last = i + 2;
    }
    if (rel == "this" && (unit == "morning" || unit == "afternoon" || unit == "evening")) {
      if (ok) Emit(first, last, ref_, {}, true);
      return last + 1;
    }
    if (rel == "last" && unit == "night") {
      if (ok) Emit(first, last, ref_.AddDays(-1), {}, true);
      return last + 1;
    }
    if (rel == "last" || rel == "this" || rel == "next") {
      int delta = rel == "last" ? -1 : rel == "next" ? 1 : 0;
      if (unit == "week" && ok) {
        CivilDate monday = ref_.AddDays(-ref_.Weekday() + 7 * delta);
        Emit(first, last, monday, monday.AddDays(6), true);
        return last + 1;
      }
      if (unit == "month" && ref_.valid() && ref_.month > 0) {
        int index = ref_.year * 12 + ref_.month - 1 + delta;
        Emit(first, last, CivilDate::Month(index / 12, index % 12 + 1), {}, true);
        return last + 1;
      }
      if (unit == "year" && ref_.valid()) {
        Emit(first, last, CivilDate::Year(ref_.year + delta), {}, true);
        return last + 1;
      }
      if (unit == "weekend" && ok && rel != "earlier") {
        EmitWeekend(first, last, rel);
        return last + 1;
      }
    }
    // "over the weekend", "at the weekend", "during the weekend"
    if ((w == "over" || w == "at" || w == "during") && n1 == "the" && unit_of(n2) == "weekend") {
      if (ok) EmitWeekend(i, i + 2, "over");
      return i + 3;
    }
    return i + 1;
  }

  // The most recent Saturday–Sunday before the reference (the current one when the reference
  // falls on a weekend), or the following one for "next weekend".
  void EmitWeekend(size_t first, size_t last, const std::string& rel) {
    int w = ref_.Weekday();
    CivilDate saturday = ref_.AddDays(-((w - 5 + 7) % 7));  // today when it is Saturday
    if (rel == "last" && w >= 5) saturday = saturday.AddDays(-7);
    if (rel == "next") saturday = ref_.AddDays(w < 5 ? 5 - w : 12 - w);
    Emit(first, last, saturday, saturday.AddDays(1), true);
  }

  std::string_view text_;
  const std::vector<Lex>& lx_;
  CivilDate ref_;
  bool has_day_;
  std::vector<TimeMention>* out_;
};

}  // namespace

CivilDate NearestMonthDay(const CivilDate& reference, int month, int day) {
  if (!reference.valid() || month < 1 || month > 12) return {};
  if (!reference.has_day()) {
    if (!IsValidDay(reference.year, month, day)) return {};
    return CivilDate::Day(reference.year, month, day);
  }
  CivilDate best;
  int64_t best_distance = 0;
  for (int y = reference.year - 1; y <= reference.year + 1; ++y) {
    if (!IsValidDay(y, month, day)) continue;
    CivilDate c = CivilDate::Day(y, month, day);
    int64_t d = std::llabs(c.ToDays() - reference.ToDays());
    if (!best.valid() || d < best_distance) best = c, best_distance = d;
  }
  return best;
}

CivilDate ResolveWeekday(const CivilDate& reference, int weekday, bool future) {
  if (!reference.has_day() || weekday < 0 || weekday > 6) return {};
  int w = reference.Weekday();
  if (w == weekday) return reference;
  if (future) return reference.AddDays((weekday - w + 7) % 7);
  return reference.AddDays(-((w - weekday + 7) % 7));
}

void FindTimes(AnnotatedDoc* doc) {
  if (doc == nullptr || doc->article == nullptr) return;
  try {
    std::string_view text = doc->text();
    std::vector<Sentence> sentences = scan::SentencesOrParagraphs(*doc);
    std::vector<Lex> lexes;
    for (const scan::Paragraph& p : scan::SplitParagraphs(text)) {
      lexes.clear();
      scan::LexParagraph(text, p, sentences, &lexes);
      TimeScanner(text, lexes, doc->reference_date, &doc->times).Run();
    }
  } catch (const std::exception&) {
    // Out of memory on hostile input: keep what was found.
  }
}

}  // namespace corroborate
