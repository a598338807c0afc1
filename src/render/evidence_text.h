// Helpers shared by the three renderers: resolving an Evidence (article index + byte span) to
// what readers see (article id, code-point offsets, the exact text), human labels for outlets,
// dates and counts, and a story's one-line summary figures.
// EvidenceResolver builds one CodepointIndex per article up front (O(total text)); each Resolve is
// O(1). It keeps views into the Account, which must outlive it. Read-only after construction.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/utf8.h"
#include "model/account.h"

namespace corroborate {

struct ResolvedEvidence {
  bool ok = false;       // false when the article index is out of range (the evidence is skipped)
  uint32_t article = 0;  // index into Account::articles
  uint32_t byte_begin = 0;  // clamped to the text and floored to code-point boundaries
  uint32_t byte_end = 0;
  uint32_t start = 0;  // code-point offsets into the article text, half-open
  uint32_t end = 0;
  std::string_view text;  // exactly the slice [byte_begin, byte_end) of the article text

  // Stable key for anchors and footnotes: "a<article index>-<start>-<end>" (code points).
  std::string Key() const;
};

class EvidenceResolver {
 public:
  explicit EvidenceResolver(const Account& account);

  ResolvedEvidence Resolve(const Evidence& evidence) const;
  // nullptr when out of range.
  const Article* ArticleAt(int64_t index) const;
  const Account& account() const { return account_; }

 private:
  const Account& account_;
  std::vector<utf8::CodepointIndex> indexes_;
};

// Clamps a byte span to text and to code-point boundaries (begin <= end <= text.size()).
TextSpan ClampSpan(std::string_view text, TextSpan span);

// The outlet name; else the URL's host ("example.com"); else the article id.
std::string OutletLabel(const Article& article);
// Host of an http(s) URL without "www.", "" when there is none.
std::string UrlHost(std::string_view url);

// Distinct outlet labels of the articles behind the evidence, in first-seen order. With a story,
// articles it marks as syndicated copies are labelled "Outlet (reprint)": a reader sees at once
// why three outlets can make two independent sources.
std::vector<std::string> EvidenceOutlets(const EvidenceResolver& resolver,
                                         const std::vector<Evidence>& evidence,
                                         const StoryAccount* story = nullptr);

// "2 December 2025", "December 2025", "2025"; "" when invalid.
std::string FormatDate(const CivilDate& date);
// "3 December 2025, 08:00 EDT" (zone as written, else the UTC offset); "" when invalid.
// Appends " (year inferred)" when the year was not in the text.
std::string FormatTimestamp(const Timestamp& ts);
// "2–3 December 2025", "30 November – 2 December 2025", one date when equal; "" when invalid.
std::string FormatDateRange(const CivilDate& first, const CivilDate& last);

// "1 article", "3 articles".
std::string Plural(size_t n, std::string_view one, std::string_view many);

// Collapses white space (newlines included) and cuts to about max_bytes with "…".
std::string Snippet(std::string_view text, size_t max_bytes);

// A wording of a quote, as one outlet carries it, that differs from the quote's text (another
// translation, a shorter or reworded version).
struct QuoteVariant {
  std::string text;
  std::string outlet;
  std::string language;
};
// Variants whose collapsed text neither contains nor is contained in the quote's text.
std::vector<QuoteVariant> QuoteVariants(const EvidenceResolver& resolver,
                                        const AccountQuote& quote);

// Contested facts that no conflict of the story lists (shown under "Contested" too).
std::vector<const Fact*> UnlistedContestedFacts(const StoryAccount& story);

// The timeline in date order, undated entries last; ties keep their order.
std::vector<const TimelineEntry*> SortedTimeline(const StoryAccount& story);

// The figures of a story's one-line summary.
struct StorySummary {
  size_t articles = 0;
  size_t outlets = 0;
  size_t independent_sources = 0;  // distinct sourcing groups (articles when no sourcing is known)
  CivilDate first;                 // earliest and latest publication date; invalid when none
  CivilDate last;
};
StorySummary SummarizeStory(const Account& account, const StoryAccount& story);

// "3 articles from 2 outlets · 2 independent sources · 2–3 December 2025".
std::string StorySummaryLine(const StorySummary& summary);

// What the coverage section says about one article of a story, before any formatting, so
// brief.md and brief.html tell the same thing.
struct OutletCoverage {
  uint32_t index = 0;  // into Account::articles
  const Article* article = nullptr;
  bool has_coverage = false;
  size_t reported = 0;               // facts it supports
  size_t confirmed = 0;              // of which confirmed
  std::vector<std::string> omitted;  // statements of confirmed facts it leaves out
  const Article* syndicated_from = nullptr;
  std::string copied_percent;  // "89%" when syndicated_from is set
  std::vector<std::string> cites;
};

// One entry per article of the story that the resolver knows, in story order.
std::vector<OutletCoverage> DescribeCoverage(const StoryAccount& story,
                                             const EvidenceResolver& resolver);

}  // namespace corroborate
