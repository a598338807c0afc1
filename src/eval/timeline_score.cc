// Timeline: a system entry matches a gold event when every gold key phrase occurs in its event
// text or its evidence; among the candidates, the entries sharing the gold's articles and whose
// date falls in the gold's period are taken first. Precision counts every entry: each one is
// offered to the reader as a dated event. Details: date right (the same date at the same
// precision), the gold's articles found, and events told by several articles merged into one
// entry (a second entry for the same event is listed as a duplicate).
#include <algorithm>
#include <optional>

#include "eval/category_scores.h"
#include "eval/text_match.h"
#include "model/date.h"

namespace corroborate::eval {
namespace {

// A date as a span of days with the name of its precision.
struct Period {
  int64_t first = 0, last = 0;
  std::string precision;  // "day", "weekend", "week", "month", "year", or "range"
};

std::optional<Period> GoldPeriod(const std::string& iso, const std::string& precision) {
  const std::optional<CivilDate> d = CivilDate::ParseIso(iso);
  if (!d) return std::nullopt;
  Period p;
  p.precision = precision;
  if (precision == "year") {
    p.first = CivilDate::Day(d->year, 1, 1).ToDays();
    p.last = CivilDate::Day(d->year, 12, 31).ToDays();
  } else if (precision == "month") {
    p.first = CivilDate::Day(d->year, d->month, 1).ToDays();
    p.last = CivilDate::Day(d->year, d->month, DaysInMonth(d->year, d->month)).ToDays();
  } else {
    p.first = d->ToDays();
    p.last = p.first + (precision == "week" ? 6 : precision == "weekend" ? 1 : 0);
  }
  return p;
}

// The system's date: its ISO form gives day, month or year; `until` makes a day a range, named
// week (Monday to Sunday) or weekend (Saturday and Sunday) when it is one.
std::optional<Period> SystemPeriod(const SysTimelineEntry& t) {
  const std::optional<CivilDate> d = CivilDate::ParseIso(t.date);
  if (!d) return std::nullopt;
  const char* name = d->precision == DatePrecision::kYear    ? "year"
                     : d->precision == DatePrecision::kMonth ? "month"
                                                             : "day";
  std::optional<Period> p = GoldPeriod(t.date, name);
  const std::optional<CivilDate> until = CivilDate::ParseIso(t.until);
  if (p && d->has_day() && until && until->has_day() && until->ToDays() > p->first) {
    p->last = until->ToDays();
    const int64_t span = p->last - p->first;
    p->precision = span == 6 && d->Weekday() == 0   ? "week"
                   : span == 1 && d->Weekday() == 5 ? "weekend"
                                                    : "range";
  }
  return p;
}

bool Overlaps(const Period& a, const Period& b) { return a.first <= b.last && b.first <= a.last; }

struct DateFit {
  bool right = false;       // same period at the same precision
  bool compatible = false;  // the periods overlap
};

DateFit FitDate(const GoldTimelineEvent& gold, const std::optional<Period>& sys) {
  DateFit fit;
  if (!sys) return fit;
  for (const std::string& iso : gold.dates) {
    const std::optional<Period> g = GoldPeriod(iso, gold.precision);
    if (!g) continue;
    fit.compatible = fit.compatible || Overlaps(*g, *sys);
    fit.right = fit.right ||
                (g->first == sys->first && g->last == sys->last && g->precision == sys->precision);
  }
  return fit;
}

std::string SystemDateLabel(const SysTimelineEntry& t) {
  if (t.date.empty()) return "no date";
  return t.until.empty() ? t.date : t.date + ".." + t.until;
}

std::string GoldDateLabel(const GoldTimelineEvent& g) {
  std::string dates;
  for (const std::string& d : g.dates) dates += (dates.empty() ? "" : "|") + d;
  return dates + " (" + g.precision + ")";
}

}  // namespace

CategoryScore ScoreTimeline(const ScoreContext& ctx, std::vector<DetailScore>* details) {
  CategoryScore score{"timeline"};
  const auto& gold = ctx.gold().timeline;
  const auto& sys = ctx.account().timeline;
  if (!ctx.gold().has_timeline) {
    score.scored = false;
    score.note = "the gold file does not annotate the timeline";
    return score;
  }
  if (!ctx.account().has_timeline) {
    score.scored = false;
    score.note = "the account has no timeline";
    score.gold = gold.size();
    return score;
  }
  std::vector<std::string> texts, sys_labels;
  std::vector<ArticleSet> sys_articles;
  std::vector<std::optional<Period>> periods;
  for (const SysTimelineEntry& t : sys) {
    std::string all = t.event;
    for (const SysEvidence& e : t.evidence) all += "\n" + e.text;
    texts.push_back(NormalizeForMatch(all));
    sys_articles.push_back(EvidenceArticles(t.evidence));
    periods.push_back(SystemPeriod(t));
    sys_labels.push_back(t.id + " " + SystemDateLabel(t) + " (" +
                         std::to_string(sys_articles.back().size()) + " art) " + Clip(t.event));
  }
  std::vector<Candidate> candidates;
  std::vector<ArticleSet> gold_articles;
  std::vector<std::string> gold_labels;
  for (size_t g = 0; g < gold.size(); ++g) {
    gold_articles.push_back(ctx.Articles(gold[g].articles));
    gold_labels.push_back(GoldDateLabel(gold[g]) + " " + gold[g].description);
    for (size_t s = 0; s < sys.size(); ++s) {
      if (!ContainsAllKeys(texts[s], gold[g].keys)) continue;
      const int overlap = static_cast<int>(Overlap(gold_articles[g], sys_articles[s]));
      const DateFit fit = FitDate(gold[g], periods[s]);
      // Shared articles first, then a date in the gold's period: the entry telling this event,
      // not another one whose text happens to hold the key.
      candidates.push_back({static_cast<int>(g), static_cast<int>(s),
                            1 + 2 * overlap + 2 * fit.compatible + fit.right});
    }
  }
  const std::vector<int> gold_to_sys = AssignOneToOne(candidates, gold.size(), sys.size());
  score.note = "all system timeline entries";
  Tally(gold_to_sys, candidates, std::vector<bool>(sys.size(), true), gold_labels, sys_labels,
        &score);

  DetailScore date{"timeline", "date right (date and precision)"};
  DetailScore support{"timeline", "gold articles dating the event found"};
  DetailScore extra{"timeline", "system articles the gold does not list"};
  extra.lower_is_better = true;
  DetailScore merged{"timeline", "articles merged into one entry (events of 2+ articles)"};
  for (size_t g = 0; g < gold.size(); ++g) {
    const int s = gold_to_sys[g];
    support.total += gold_articles[g].size();
    const bool several = gold_articles[g].size() >= 2;
    merged.total += several;
    if (s < 0) {
      if (several) merged.errors.push_back(gold_labels[g] + ": not found");
      continue;
    }
    ++date.total;
    if (FitDate(gold[g], periods[s]).right) {
      ++date.hits;
    } else {
      date.errors.push_back(gold_labels[g] + ": system says " + SystemDateLabel(sys[s]));
    }
    const size_t carried = Overlap(gold_articles[g], sys_articles[s]);
    if (several && carried == gold_articles[g].size()) {
      ++merged.hits;
    } else if (several) {
      merged.errors.push_back(gold_labels[g] + ": " + std::to_string(carried) + " of " +
                              std::to_string(gold_articles[g].size()) + " articles in " +
                              sys[s].id);
    }
    TallyArticles(gold_labels[g], gold_articles[g], sys_articles[s], &support, &extra);
  }
  details->push_back(std::move(date));
  details->push_back(std::move(support));
  details->push_back(std::move(extra));
  details->push_back(std::move(merged));
  return score;
}

}  // namespace corroborate::eval
