#include "render/evidence_text.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>

#include "core/strings.h"

namespace corroborate {
namespace {

constexpr const char* kMonths[] = {"January",   "February", "March",    "April",
                                   "May",       "June",     "July",     "August",
                                   "September", "October",  "November", "December"};

const char* MonthName(int month) { return month >= 1 && month <= 12 ? kMonths[month - 1] : "?"; }

}  // namespace

std::string ResolvedEvidence::Key() const {
  return "a" + std::to_string(article) + "-" + std::to_string(start) + "-" + std::to_string(end);
}

EvidenceResolver::EvidenceResolver(const Account& account) : account_(account) {
  indexes_.reserve(account.articles.size());
  for (const Article& a : account.articles) indexes_.emplace_back(a.text);
}

const Article* EvidenceResolver::ArticleAt(int64_t index) const {
  if (index < 0 || static_cast<size_t>(index) >= account_.articles.size()) return nullptr;
  return &account_.articles[static_cast<size_t>(index)];
}

TextSpan ClampSpan(std::string_view text, TextSpan span) {
  size_t end = utf8::FloorBoundary(text, std::min<size_t>(span.end, text.size()));
  size_t begin = utf8::FloorBoundary(text, std::min<size_t>(span.begin, end));
  return {static_cast<uint32_t>(begin), static_cast<uint32_t>(end)};
}

ResolvedEvidence EvidenceResolver::Resolve(const Evidence& evidence) const {
  ResolvedEvidence r;
  const Article* article = ArticleAt(evidence.article);
  if (article == nullptr) return r;
  std::string_view text = article->text;
  TextSpan span = ClampSpan(text, evidence.span);
  r.ok = true;
  r.article = evidence.article;
  r.byte_begin = span.begin;
  r.byte_end = span.end;
  const utf8::CodepointIndex& index = indexes_[evidence.article];
  r.start = index.ToCodepoint(span.begin);
  r.end = index.ToCodepoint(span.end);
  r.text = text.substr(span.begin, span.end - span.begin);
  return r;
}

std::string UrlHost(std::string_view url) {
  url = Trim(url);
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  std::string_view rest = url.substr(scheme + 3);
  size_t stop = rest.find_first_of("/?#");
  std::string_view host = rest.substr(0, stop);
  if (size_t at = host.rfind('@'); at != std::string_view::npos) host = host.substr(at + 1);
  if (size_t colon = host.rfind(':');
      colon != std::string_view::npos && host.find(']') == std::string_view::npos) {
    host = host.substr(0, colon);
  }
  if (IStartsWith(host, "www.")) host = host.substr(4);
  return AsciiLower(host);
}

std::string OutletLabel(const Article& article) {
  std::string_view outlet = Trim(article.outlet);
  if (!outlet.empty()) return CollapseWhitespace(outlet);
  std::string host = UrlHost(article.url);
  if (!host.empty()) return host;
  return article.id.empty() ? article.uri : article.id;
}

std::vector<std::string> EvidenceOutlets(const EvidenceResolver& resolver,
                                         const std::vector<Evidence>& evidence,
                                         const StoryAccount* story) {
  std::set<uint32_t> reprints;
  if (story != nullptr) {
    for (const Sourcing& src : story->sourcing) {
      if (resolver.ArticleAt(src.syndicated_from) != nullptr) reprints.insert(src.article);
    }
  }
  std::vector<std::string> out;
  std::set<uint32_t> seen_articles;
  for (const Evidence& ev : evidence) {
    const Article* article = resolver.ArticleAt(ev.article);
    if (article == nullptr || !seen_articles.insert(ev.article).second) continue;
    std::string label = OutletLabel(*article);
    if (reprints.count(ev.article)) label += " (reprint)";
    if (std::find(out.begin(), out.end(), label) == out.end()) out.push_back(std::move(label));
  }
  return out;
}

std::string FormatDate(const CivilDate& date) {
  char buf[64];
  switch (date.precision) {
    case DatePrecision::kNone:
      return "";
    case DatePrecision::kYear:
      std::snprintf(buf, sizeof buf, "%d", date.year);
      break;
    case DatePrecision::kMonth:
      std::snprintf(buf, sizeof buf, "%s %d", MonthName(date.month), date.year);
      break;
    default:
      std::snprintf(buf, sizeof buf, "%d %s %d", date.day, MonthName(date.month), date.year);
  }
  return buf;
}

std::string FormatTimestamp(const Timestamp& ts) {
  std::string out = FormatDate(ts.date);
  if (out.empty()) return out;
  if (ts.hour >= 0 && ts.date.has_day()) {
    char buf[16];
    std::snprintf(buf, sizeof buf, ", %02d:%02d", ts.hour % 100,
                  ts.minute < 0 ? 0 : ts.minute % 100);
    out += buf;
    if (!ts.zone.empty()) {
      out += " " + CollapseWhitespace(ts.zone);
    } else if (ts.utc_offset_minutes) {
      int off = *ts.utc_offset_minutes;
      char sign = off < 0 ? '-' : '+';
      off = off < 0 ? -off : off;
      std::snprintf(buf, sizeof buf, " UTC%c%02d:%02d", sign, (off / 60) % 100, off % 60);
      out += buf;
    }
  }
  if (ts.year_inferred) out += " (year inferred)";
  return out;
}

std::string FormatDateRange(const CivilDate& first, const CivilDate& last) {
  if (!first.valid()) return FormatDate(last);
  if (!last.valid() || first == last) return FormatDate(first);
  if (first.has_day() && last.has_day() && first.year == last.year) {
    char buf[96];
    if (first.month == last.month) {
      std::snprintf(buf, sizeof buf, "%d–%d %s %d", first.day, last.day, MonthName(last.month),
                    last.year);
    } else {
      std::snprintf(buf, sizeof buf, "%d %s – %d %s %d", first.day, MonthName(first.month),
                    last.day, MonthName(last.month), last.year);
    }
    return buf;
  }
  return FormatDate(first) + " – " + FormatDate(last);
}

std::string Plural(size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

std::string Snippet(std::string_view text, size_t max_bytes) {
  std::string flat = CollapseWhitespace(text);
  if (flat.size() <= max_bytes) return flat;
  std::string out(utf8::Truncate(flat, max_bytes));
  out += "…";
  return out;
}

std::vector<QuoteVariant> QuoteVariants(const EvidenceResolver& resolver,
                                        const AccountQuote& quote) {
  std::vector<QuoteVariant> out;
  std::string canonical = CollapseWhitespace(quote.text);
  std::set<std::string> seen = {canonical};
  for (const Evidence& ev : quote.evidence) {
    ResolvedEvidence r = resolver.Resolve(ev);
    if (!r.ok) continue;
    std::string wording = CollapseWhitespace(r.text);
    if (wording.empty() || canonical.find(wording) != std::string::npos ||
        wording.find(canonical) != std::string::npos || !seen.insert(wording).second) {
      continue;
    }
    const Article& a = resolver.account().articles[r.article];
    out.push_back({std::move(wording), OutletLabel(a), a.language});
  }
  return out;
}

std::vector<const Fact*> UnlistedContestedFacts(const StoryAccount& story) {
  std::set<std::string_view> listed;
  for (const Conflict& c : story.conflicts) listed.insert(c.facts.begin(), c.facts.end());
  std::vector<const Fact*> out;
  for (const Fact& f : story.facts) {
    if (f.status == FactStatus::kContested && !listed.count(f.id)) out.push_back(&f);
  }
  return out;
}

std::vector<const TimelineEntry*> SortedTimeline(const StoryAccount& story) {
  std::vector<const TimelineEntry*> out;
  out.reserve(story.timeline.size());
  for (const TimelineEntry& t : story.timeline) out.push_back(&t);
  std::stable_sort(out.begin(), out.end(), [](const TimelineEntry* a, const TimelineEntry* b) {
    if (a->date.valid() != b->date.valid()) return a->date.valid();
    return a->date < b->date;
  });
  return out;
}

StorySummary SummarizeStory(const Account& account, const StoryAccount& story) {
  StorySummary s;
  std::set<std::string> outlets;
  std::set<uint32_t> seen;
  for (uint32_t i : story.articles) {
    if (i >= account.articles.size() || !seen.insert(i).second) continue;
    const Article& a = account.articles[i];
    ++s.articles;
    outlets.insert(OutletLabel(a));
    if (!a.published.valid()) continue;
    if (!s.first.valid() || a.published.date < s.first) s.first = a.published.date;
    if (!s.last.valid() || s.last < a.published.date) s.last = a.published.date;
  }
  s.outlets = outlets.size();
  // Articles without a sourcing entry count as their own group.
  std::set<uint32_t> groups;
  std::set<uint32_t> grouped;
  for (const Sourcing& src : story.sourcing) {
    if (!seen.count(src.article)) continue;
    groups.insert(src.group);
    grouped.insert(src.article);
  }
  s.independent_sources = groups.size() + (seen.size() - grouped.size());
  return s;
}

std::string StorySummaryLine(const StorySummary& s) {
  std::string line = Plural(s.articles, "article", "articles") + " from " +
                     Plural(s.outlets, "outlet", "outlets") + " · " +
                     Plural(s.independent_sources, "independent source", "independent sources");
  std::string range = FormatDateRange(s.first, s.last);
  if (!range.empty()) line += " · " + range;
  return line;
}

std::vector<OutletCoverage> DescribeCoverage(const StoryAccount& story,
                                             const EvidenceResolver& resolver) {
  std::map<std::string_view, const Fact*> facts;
  for (const Fact& f : story.facts) facts.emplace(f.id, &f);
  std::map<uint32_t, const Coverage*> coverage;
  for (const Coverage& c : story.coverage) coverage.emplace(c.article, &c);
  std::map<uint32_t, const Sourcing*> sourcing;
  for (const Sourcing& src : story.sourcing) sourcing.emplace(src.article, &src);

  std::vector<OutletCoverage> out;
  for (uint32_t index : story.articles) {
    OutletCoverage o;
    o.index = index;
    o.article = resolver.ArticleAt(index);
    if (o.article == nullptr) continue;
    if (auto it = coverage.find(index); it != coverage.end()) {
      o.has_coverage = true;
      o.reported = it->second->facts.size();
      for (const std::string& id : it->second->facts) {
        auto f = facts.find(id);
        o.confirmed += f != facts.end() && f->second->status == FactStatus::kConfirmed;
      }
      for (const std::string& id : it->second->omits) {
        auto f = facts.find(id);
        o.omitted.push_back(f != facts.end() ? f->second->statement : id);
      }
    }
    if (auto it = sourcing.find(index); it != sourcing.end()) {
      const Sourcing& src = *it->second;
      o.syndicated_from = resolver.ArticleAt(src.syndicated_from);
      if (o.syndicated_from != nullptr) {
        char pct[16];
        std::snprintf(pct, sizeof pct, "%.0f%%", std::clamp(src.copied_fraction, 0.0, 1.0) * 100);
        o.copied_percent = pct;
      }
      o.cites = src.cites;
    }
    out.push_back(std::move(o));
  }
  return out;
}

}  // namespace corroborate
