#include "extract/text/cleaner.h"

#include <algorithm>
#include <unordered_map>

#include "core/strings.h"
#include "extract/metadata/byline.h"
#include "extract/metadata/outlet.h"
#include "extract/metadata/title.h"
#include "extract/text/line_classifier.h"

namespace corroborate {
namespace {

constexpr size_t kNone = static_cast<size_t>(-1);
constexpr size_t kMaxHeadLines = 40;  // a headline further down than this is not one

// "in News", "in World, Europe": the section label some templates print under the date.
bool IsCategoryLabel(const ScrapeLine& line) {
  const LineShape& s = line.shape;
  return StartsWith(line.text, "in ") && s.words >= 2 && s.words <= 4 && !s.ends_sentence &&
         s.digits == 0 && s.capitalized_words == s.words - 1;
}

// A short brand line: "DAILY MERIDIAN", "Meridian".
bool IsBrandShaped(const ScrapeLine& line) {
  const LineShape& s = line.shape;
  return s.words >= 1 && s.words <= 3 && s.chars <= 30 && s.digits == 0 && !s.ends_sentence &&
         s.capitalized_words == s.words;
}

struct Context {
  const std::vector<ScrapeLine>& lines;
  const SiteKey& site;
  const SiteProfile& profile;
  std::vector<std::optional<ChromeMatch>> verdict;
  std::vector<bool> is_dateline;
  std::unordered_map<uint64_t, int> in_page;  // line hash -> occurrences in this page
  size_t first_body = kNone;
  size_t last_body = kNone;
  size_t headline = kNone;
  size_t tail = kNone;
  std::string tail_reason;

  int InPage(size_t i) const {
    auto it = in_page.find(lines[i].hash);
    return it == in_page.end() ? 0 : it->second;
  }
  int CrossPage(size_t i) const {
    return IsRepeatCandidate(lines[i]) ? profile.PagesWith(site, lines[i].hash) : 0;
  }
};

void FindStory(Context* c) {
  for (size_t i = 0; i < c->lines.size(); ++i) {
    if (c->verdict[i] || !IsBodyParagraph(c->lines[i].shape)) continue;
    if (c->first_body == kNone) c->first_body = i;
    c->last_body = i;
  }
}

void FindHeadline(const std::string& title, Context* c) {
  const size_t n = c->lines.size();
  const size_t limit = std::min({n, c->first_body == kNone ? n : c->first_body, kMaxHeadLines});
  if (!title.empty()) {
    const std::string key = TitleKey(title);
    for (size_t i = 0; i < limit && !key.empty(); ++i) {
      if (TitleKey(c->lines[i].text) == key && !c->verdict[i]) {
        c->headline = i;
        return;
      }
    }
    return;
  }
  // The tail starts after the story; a line also found there (a site name in header and footer)
  // is not the headline.
  std::unordered_map<uint64_t, bool> after_story;
  if (c->last_body != kNone) {
    for (size_t i = c->last_body + 1; i < n; ++i) after_story[c->lines[i].hash] = true;
  }
  // In a folder of mixed outlets (a weak site key) a headline shared with another page may be a
  // reprint's headline rather than a menu: it is the fallback when no other candidate follows.
  size_t shared_candidate = kNone;
  for (size_t i = 0; i < limit; ++i) {
    const ScrapeLine& line = c->lines[i];
    if (c->verdict[i] || c->is_dateline[i] || ParseByline(line.text)) continue;
    if (c->InPage(i) >= 3 || after_story.count(line.hash) > 0) continue;
    if (c->CrossPage(i) >= 2) {
      if (!c->site.strong && shared_candidate == kNone && IsTitleLike(line)) shared_candidate = i;
      continue;
    }
    if (IsTitleLike(line)) {
      c->headline = i;
      return;
    }
    if (!IsHeadFragment(line)) break;  // story text starts here
  }
  c->headline = shared_candidate;
}

// No lower-case letters: "DAILY MERIDIAN".
bool IsAllCaps(const ScrapeLine& line) {
  return line.shape.letters > 0 && line.shape.lowercase_words == 0 &&
         line.text.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos;
}

// The shape of a masthead: a short name, no figures, not a sentence.
bool IsMastheadName(const ScrapeLine& line) {
  const LineShape& s = line.shape;
  return s.words >= 1 && s.words <= 5 && s.chars <= 40 && s.digits == 0 && !s.ends_sentence &&
         !s.ends_colon && s.capitalized_words == s.words;
}

// The site's own lines at the top of the page, above its menus and the headline: the site name
// ("THE DAILY MERIDIAN", or a line naming the outlet of the copyright line) and a slogan under
// it. Only lines with a headline-shaped line still below them go, so a page whose only
// candidate is such a line keeps it as the headline. Marks them in c->verdict; returns the
// first site-name line or kNone.
size_t FindMasthead(const std::string& copyright_key, Context* c) {
  const size_t n = c->lines.size();
  const size_t limit = std::min({n, c->first_body == kNone ? n : c->first_body, kMaxHeadLines});
  // title_from[i]: line i or a later line of the head is a headline candidate.
  std::vector<bool> title_from(limit + 1, false);
  for (size_t i = limit; i-- > 0;) {
    const ScrapeLine& line = c->lines[i];
    const bool candidate = !c->verdict[i] && !c->is_dateline[i] && IsTitleLike(line) &&
                           !IsAllCaps(line) && !ParseByline(line.text);
    title_from[i] = title_from[i + 1] || candidate;
  }
  auto title_after = [&](size_t i) { return title_from[i + 1]; };
  auto next_is_chrome = [&](size_t i) { return i + 1 < n && c->verdict[i + 1].has_value(); };
  size_t site_name = kNone;
  bool seen_text = false;
  for (size_t i = 0; i < limit; ++i) {
    const ScrapeLine& line = c->lines[i];
    if (c->verdict[i]) continue;  // menus and banners at the top
    if (c->is_dateline[i] || !title_after(i)) break;
    const bool names_outlet =
        !copyright_key.empty() && line.shape.words <= 6 && OutletKey(line.text) == copyright_key;
    // Only the first line of the page may be a site name by its shape alone; further down an
    // all-caps line is a section label ("WORLD").
    const bool top = !seen_text;
    seen_text = true;
    if (names_outlet || (top && IsMastheadName(line) && (IsAllCaps(line) || next_is_chrome(i)))) {
      c->verdict[i] = ChromeMatch{"site name"};
      if (site_name == kNone) site_name = i;
      continue;
    }
    // A slogan directly under the site name, above the menus.
    const LineShape& s = line.shape;
    if (site_name != kNone && i == site_name + 1 && s.words <= 10 && s.chars <= 80 &&
        !s.ends_sentence && next_is_chrome(i)) {
      c->verdict[i] = ChromeMatch{"site slogan"};
      continue;
    }
    break;
  }
  return site_name;
}

// The outlet the page shows: the masthead as printed, unless it is all capitals and the
// copyright line spells the same name (then that, without corporate suffixes, keeping the
// masthead's "The").
std::string ChooseBrand(const std::string& masthead, const std::string& copyright,
                        std::string* source) {
  const std::string company = StripCorporateSuffix(copyright);
  if (masthead.empty()) {
    *source = "copyright line";
    return company;
  }
  *source = "site name line";
  const bool caps = masthead.find_first_of("abcdefghijklmnopqrstuvwxyz") == std::string::npos;
  if (!caps || company.empty() || OutletKey(masthead) != OutletKey(company)) return masthead;
  if (IStartsWith(masthead, "the ") && !IStartsWith(company, "the ")) return "The " + company;
  return company;
}

// The first end-of-article marker (related box, comment form, syndication notice) after which
// no real story paragraph follows; else a related-headline list (titles alternating with dates).
void FindTail(Context* c) {
  const size_t n = c->lines.size();
  // strong_after[i]: story-grade paragraphs at or after i (teasers cut off with "…" and lines
  // repeated in the page do not count).
  std::vector<int> strong_after(n + 1, 0);
  for (size_t i = n; i-- > 0;) {
    const ScrapeLine& line = c->lines[i];
    const bool strong = IsStrongProse(line.shape) && !line.shape.ends_ellipsis &&
                        c->InPage(i) < 2 && !c->verdict[i];
    strong_after[i] = strong_after[i + 1] + (strong ? 1 : 0);
  }
  size_t start =
      c->first_body == kNone ? (c->headline == kNone ? 0 : c->headline + 1) : c->first_body + 1;
  EndMarker kind = EndMarker::kNone;
  for (size_t i = start; i < n; ++i) {
    if (!c->verdict[i] || c->verdict[i]->end == EndMarker::kNone) continue;
    if (strong_after[i + 1] == 0) {
      c->tail = i;
      kind = c->verdict[i]->end;
      break;
    }
  }
  if (c->tail == kNone && c->last_body != kNone) {
    int dates = 0;
    for (size_t i = c->last_body + 1; i < n; ++i) dates += c->is_dateline[i] ? 1 : 0;
    if (dates >= 2) {
      for (size_t i = c->last_body + 1; i < n && c->tail == kNone; ++i) {
        if (!IsTitleLike(c->lines[i])) continue;
        for (size_t j = i + 1; j < n && j <= i + 3; ++j) {
          if (c->is_dateline[j]) {
            c->tail = i;
            kind = EndMarker::kRelated;
            break;
          }
        }
      }
    }
  }
  if (c->tail == kNone) return;
  int tail_dates = 0;
  for (size_t i = c->tail; i < n; ++i) tail_dates += c->is_dateline[i] ? 1 : 0;
  switch (kind) {
    case EndMarker::kRelated:
      c->tail_reason = "related headlines";
      break;
    case EndMarker::kComments:
      c->tail_reason = "comment section";
      break;
    default:
      c->tail_reason = tail_dates >= 1 ? "related headlines" : "after the end of the article";
  }
}

std::string RepeatReason(const Context& c, size_t i, bool in_story) {
  const ScrapeLine& line = c.lines[i];
  if (!IsRepeatCandidate(line)) return "";
  // Between the headline and the story (the standfirst), pages of a weak site key may share a
  // line because one reprints the other: that is story text.
  const bool standfirst = c.headline != kNone && i > c.headline && !in_story &&
                          (c.first_body == kNone || i < c.first_body);
  const int pages = standfirst && !c.site.strong ? 0 : c.CrossPage(i);
  if (in_story) {
    // Inside the story only unpunctuated labels repeated on several pages go: a subheading
    // like "What's next?" may well recur on one site.
    if (line.bullet || line.shape.ends_sentence || line.shape.ends_colon) return "";
    if (pages >= 3 || (c.site.strong && pages >= 2)) {
      return "repeated on " + std::to_string(pages) + " pages of " + c.site.display;
    }
    return "";
  }
  if (pages >= 2) return "repeated on " + std::to_string(pages) + " pages of " + c.site.display;
  const int times = c.InPage(i);
  if (times >= 2) return "repeated " + std::to_string(times) + " times in this page";
  return "";
}

}  // namespace

CleanedScrape CleanScrape(const std::vector<ScrapeLine>& lines, const std::string& title,
                          const SiteKey& site, const SiteProfile& profile) {
  CleanedScrape out;
  Context c{lines, site, profile, {}, {}, {}};
  const size_t n = lines.size();
  c.verdict.resize(n);
  c.is_dateline.resize(n, false);
  for (size_t i = 0; i < n; ++i) {
    c.verdict[i] = ClassifyLine(lines[i]);
    c.is_dateline[i] = !c.verdict[i] && ParseDateline(lines[i].text).has_value();
    ++c.in_page[lines[i].hash];
  }
  std::string copyright_brand;
  for (const ScrapeLine& line : lines) {
    copyright_brand = BrandFromCopyright(line.text);
    if (!copyright_brand.empty()) break;
  }
  FindStory(&c);
  const size_t masthead = FindMasthead(OutletKey(copyright_brand), &c);
  FindHeadline(title, &c);
  FindTail(&c);
  const std::string headline_key = c.headline == kNone ? "" : TitleKey(lines[c.headline].text);
  if (c.headline != kNone) out.headline = lines[c.headline].text;

  // Editor sign-offs: a name line directly above a role line ("Jane Doe" / "Editor").
  std::vector<bool> signature(n, false);
  const size_t story_start = c.first_body == kNone ? 0 : c.first_body;
  for (size_t i = std::max<size_t>(1, story_start); i < n; ++i) {
    if (i - 1 != c.headline && !c.verdict[i - 1] && IsRoleLine(lines[i].text) &&
        IsPersonNameLine(lines[i - 1])) {
      signature[i - 1] = signature[i] = true;
    }
  }

  auto remove = [&](size_t i, std::string reason) {
    out.removed.push_back({lines[i].text, std::move(reason)});
  };
  const bool has_story = c.first_body != kNone;
  const std::string copyright_key = OutletKey(copyright_brand);
  bool first_text = true;  // no line before this one was text (all were chrome)
  for (size_t i = 0; i < n; ++i) {
    const ScrapeLine& line = lines[i];
    const bool line_first_text = first_text;
    first_text = first_text && c.verdict[i].has_value() && c.verdict[i]->reason != "site name" &&
                 c.verdict[i]->reason != "site slogan";
    if (i == c.headline) {
      out.kept.push_back(line.text);
      continue;
    }
    if (signature[i]) {
      remove(i, "editor signature");
      continue;
    }
    if (c.tail != kNone && i >= c.tail) {
      remove(i, c.verdict[i] ? c.verdict[i]->reason : c.tail_reason);
      continue;
    }
    if (c.verdict[i]) {
      remove(i, c.verdict[i]->reason);
      continue;
    }
    const bool in_head = !has_story || i < c.first_body;
    const bool in_story = has_story && i >= c.first_body && i <= c.last_body;
    const bool before_tail_after_story = has_story && i > c.last_body;
    if (in_head || before_tail_after_story) {
      if (auto by = ParseByline(line.text); by && (in_head || out.byline.empty())) {
        if (out.byline.empty()) out.byline = by->names;
        if (by->date && !out.dateline) out.dateline = by->date;
        remove(i, "byline");
        continue;
      }
    }
    if (c.is_dateline[i]) {
      if (!in_story && !out.dateline) out.dateline = ParseDateline(line.text);
      remove(i, "dateline");
      continue;
    }
    if (IsCategoryLabel(line) &&
        ((i > 0 && c.is_dateline[i - 1]) || (i + 1 < n && c.is_dateline[i + 1]))) {
      remove(i, "category label");
      continue;
    }
    if (!headline_key.empty() && TitleKey(line.text) == headline_key) {
      remove(i, "duplicate title");
      continue;
    }
    std::string repeat = RepeatReason(c, i, in_story);
    if (!repeat.empty()) {
      remove(i, std::move(repeat));
      continue;
    }
    if (c.headline != kNone && i < c.headline) {
      // Fragments above the headline: image alt text ("putin sitting"), brand, section label.
      if (line.shape.starts_lower) {
        remove(i, "image caption");
      } else if (IsBrandShaped(line) &&
                 ((line.shape.words == 1 && line_first_text) ||
                  (!copyright_key.empty() && OutletKey(line.text) == copyright_key))) {
        // A lone word further down is a section ("WORLD"), not the site.
        remove(i, "site name");
      } else {
        remove(i, "section label above the headline");
      }
      continue;
    }
    out.kept.push_back(line.text);
  }

  // The site name the page shows: its masthead, a copyright line, else a brand-shaped line the
  // page repeats outside the story.
  if (masthead != kNone || !copyright_brand.empty()) {
    out.brand = ChooseBrand(masthead == kNone ? "" : lines[masthead].text, copyright_brand,
                            &out.brand_source);
  }
  if (out.brand.empty()) {
    for (size_t i = 0; i < n; ++i) {
      // Only the masthead counts: footers repeat section names ("News") as often.
      const bool head = (!has_story || i < c.first_body) && (c.headline == kNone || i < c.headline);
      if (head && c.InPage(i) >= 2 && IsBrandShaped(lines[i]) && !c.verdict[i] &&
          !c.is_dateline[i]) {
        out.brand = lines[i].text;
        out.brand_source = "repeated brand line";
        break;
      }
    }
  }
  return out;
}

}  // namespace corroborate
