#include "extract/html/meta_visible.h"

#include <algorithm>

#include "core/strings.h"
#include "extract/html/date_parse.h"
#include "extract/html/meta_authors.h"
#include "extract/html/meta_text.h"
#include "extract/html/meta_zones.h"

namespace corroborate {
namespace {

using html::NodeId;
using html::Tag;

// How far below the headline a byline or dateline may be.
constexpr int kMaxLines = 20;
constexpr size_t kMaxTextBytes = 3000;
constexpr size_t kMaxLineBytes = 200;
constexpr int kMaxNodes = 500;
// The story's paragraphs have begun after this many long lines: the head is behind.
constexpr int kMaxProseLines = 3;  // empty wrappers, icons and ad slots count too

// Weights of the sources read here (see date_select.h; JSON-LD is 10, article:* metas 9).
constexpr int kTimeMarkedWeight = 8;     // <time itemprop=datePublished>, <time pubdate>
constexpr int kItempropWeight = 8;       // <span itemprop=datePublished content=…>
constexpr int kTimeWeight = 6;           // a plain <time datetime> under the headline
constexpr int kDatelineWeight = 5;       // visible text "Published December 2, 2025"
constexpr int kDataAttributeWeight = 4;  // data-timestamp="1764684300"
constexpr int kModifiedMarkedWeight = 7;
constexpr int kModifiedTextWeight = 5;

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Whole-word, case-insensitive match of a lower-case word in a class/id list: "byline",
// "article-byline", "Byline" ("bylines" and "authority" do not match).
bool HasWord(std::string_view attr, std::string_view word) {
  for (size_t i = 0; i + word.size() <= attr.size(); ++i) {
    if (i > 0 && IsAsciiLetter(attr[i - 1])) continue;
    size_t k = 0;
    while (k < word.size() && (attr[i + k] | 0x20) == word[k]) ++k;
    if (k == word.size() && (i + k == attr.size() || !(attr[i + k] >= 'a' && attr[i + k] <= 'z'))) {
      return true;
    }
  }
  return false;
}

// The position of "updated" / "modified" / "edited" in a line (case-insensitive), or npos.
size_t UpdateWord(std::string_view line) {
  const std::string lower = AsciiLower(line);
  size_t best = std::string::npos;
  for (std::string_view w : {"updated", "modified", "edited"}) {
    const size_t at = lower.find(w);
    if (at < best) best = at;
  }
  return best;
}

bool IsDataTimeAttribute(std::string_view name) {
  if (!StartsWith(name, "data-")) return false;
  for (std::string_view w : {"time", "date", "publish", "epoch", "created"}) {
    if (name.find(w, 5) != std::string_view::npos) return true;
  }
  return false;
}

class HeadWalker {
 public:
  HeadWalker(const html::Document& doc, const SiteKeys& site, ArticleHead* out)
      : doc_(doc), site_(site), out_(out) {}

  void Walk(NodeId start, NodeId scope) {
    NodeId id = start;
    int visited = 0;
    while (id != html::kNoNode && lines_ < kMaxLines && text_bytes_ < kMaxTextBytes &&
           prose_lines_ < kMaxProseLines && ++visited <= kMaxNodes) {
      const html::Node& n = doc_.node(id);
      while (!open_blocks_.empty() && open_blocks_.back() >= n.depth) {
        Flush();
        open_blocks_.pop_back();
      }
      if (n.kind == html::NodeKind::kText) {
        AppendText(n.text);
      } else if (n.kind == html::NodeKind::kElement) {
        if (IsExcludedElement(doc_, id)) {
          id = doc_.NextSkippingChildren(id, scope);
          continue;
        }
        if (html::IsBlock(n.tag) || n.tag == Tag::kBr) {
          Flush();
          if (html::IsBlock(n.tag)) open_blocks_.push_back(n.depth);
        }
        if (n.attr_count > 0) ReadAttributes(id);
        if (n.tag == Tag::kTime && ReadTime(id)) {
          id = doc_.NextSkippingChildren(id, scope);
          continue;
        }
      }
      id = doc_.Next(id, scope);
    }
    Flush();  // the last line
    out_->end = id;
  }

 private:
  void AppendText(std::string_view text) {
    text_bytes_ += text.size();
    // Past twice the longest byline or dateline the line is prose: keep one byte to say so.
    const size_t room = kMaxLineBytes * 2 + 1;
    if (line_.size() >= room) return;
    if (!line_.empty()) line_ += ' ';
    const size_t start = line_.size();
    line_.append(text.substr(0, room - std::min(room, line_.size())));
    // The line's properties, kept up to date as it grows: a blank line or one without a year
    // (most of them) is dropped at the flush without another pass.
    const std::string_view added = std::string_view(line_).substr(start);
    for (size_t i = 0; i < added.size() && !line_nonblank_; ++i) {
      line_nonblank_ = static_cast<unsigned char>(added[i]) > ' ';
    }
    line_has_year_ = line_has_year_ || HasYear(added);
  }

  void AddDate(const Timestamp& t, std::string source, int weight, bool modified) {
    DateCandidate c;
    c.timestamp = t;
    c.source = std::move(source);
    c.weight = weight;
    c.modified = modified;
    out_->dates.push_back(std::move(c));
  }

  // A finished line of visible text: a byline, a dateline, or neither.
  void Flush() {
    if (line_.empty()) return;
    // Only a line with a digit or a byline prefix can matter; most lines are blank, prose or
    // menu items, and they are skipped before any per-character work.
    const bool nonblank = line_nonblank_;
    const bool maybe_date = line_has_year_;
    line_nonblank_ = line_has_year_ = false;
    if (!nonblank) {
      line_.clear();
      return;
    }
    ++lines_;
    if (line_.size() > 2 * kMaxLineBytes) ++prose_lines_;
    const bool maybe_byline = line_.size() <= 2 * kMaxLineBytes &&
                              out_->byline_source != "byline" && StartsWithBylinePrefix(line_);
    if (line_.size() > 2 * kMaxLineBytes || !(maybe_byline || maybe_date)) {
      line_.clear();
      return;
    }
    const std::string line = CollapseSpaces(line_);
    line_.clear();
    if (line.size() > kMaxLineBytes) return;
    if (maybe_byline) {
      std::vector<std::string> names = SplitAuthorNames(line, site_, true);
      if (!names.empty()) {
        out_->byline_names = std::move(names);
        out_->byline_source = "byline";
      }
    }
    if (!maybe_date) return;
    const size_t update = UpdateWord(line);
    if (update == std::string::npos) {
      if (auto t = ParseWrittenDate(line)) AddDate(*t, "dateline", kDatelineWeight, false);
      return;
    }
    // "Published Dec 2, 2025 · Updated Dec 3, 2025": the part before the update word is the
    // publish date, the part from it on the modified date.
    const std::string_view view = line;
    if (update > 0) {
      if (auto t = ParseWrittenDate(TrimSeparators(view.substr(0, update)))) {
        AddDate(*t, "dateline", kDatelineWeight, false);
      }
    }
    if (auto t = ParseWrittenDate(view.substr(update))) {
      AddDate(*t, "dateline updated", kModifiedTextWeight, true);
    }
  }

  static std::string_view TrimSeparators(std::string_view s) {
    s = Trim(s);
    for (;;) {
      bool changed = false;
      for (std::string_view sep : {"|", "\xC2\xB7", "\xE2\x80\xA2", ",", "-", "(", "/"}) {
        if (EndsWith(s, sep)) {
          s = Trim(s.substr(0, s.size() - sep.size()));
          changed = true;
        }
      }
      if (!changed) return s;
    }
  }

  // A visible date needs a year (ParseWrittenDate): "19dd" or "20dd" not preceded by a digit.
  // Most lines with digits ("12 comments", "3 min
  // read") have none and are skipped without further work.
  static bool HasYear(std::string_view s) {
    for (size_t i = 0; i + 4 <= s.size(); ++i) {
      if ((s[i] == '1' && s[i + 1] == '9') || (s[i] == '2' && s[i + 1] == '0')) {
        if (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9') continue;
        if (s[i + 2] >= '0' && s[i + 2] <= '9' && s[i + 3] >= '0' && s[i + 3] <= '9') return true;
      }
    }
    return false;
  }

  // <time datetime>: a date candidate; the element's own text is then not read again as a
  // dateline. Returns false when the element carries no date (its text is read as usual).
  bool ReadTime(NodeId id) {
    std::optional<Timestamp> t = TimeElementDate(doc_, id);
    if (!t) return false;
    const std::string_view itemprop = doc_.Attr(id, "itemprop");
    const bool modified =
        MarkedModified(doc_, id) || UpdateWord(line_) != std::string::npos;  // "Updated <time>"
    if (modified) {
      AddDate(*t, "time updated", kModifiedMarkedWeight, true);
    } else if (IEquals(itemprop, "datePublished") || doc_.HasAttr(id, "pubdate")) {
      AddDate(*t, IEquals(itemprop, "datePublished") ? "time itemprop" : "time pubdate",
              kTimeMarkedWeight, false);
    } else if (!time_seen_) {
      AddDate(*t, "time", kTimeWeight, false);
    }
    time_seen_ = true;
    return true;  // the line keeps its words for a byline, not the date text
  }

  void ReadAttributes(NodeId id) {
    for (const html::Attribute& a : doc_.attributes(id)) {
      if (a.name == "itemprop") {
        ReadItemprop(id, a.value);
      } else if ((a.name == "class" || a.name == "id") && out_->byline_source.empty() &&
                 (HasWord(a.value, "byline") || HasWord(a.value, "author"))) {
        ReadBylineElement(id, "byline element");
      } else if (IsDataTimeAttribute(a.name)) {
        std::optional<Timestamp> t = ParseUnixTime(a.value);
        if (!t) t = ParseIsoDateTime(a.value);
        if (t) {
          const bool modified = a.name.find("modif") != std::string_view::npos ||
                                a.name.find("updat") != std::string_view::npos;
          AddDate(*t, "data attribute " + std::string(a.name),
                  modified ? kModifiedTextWeight : kDataAttributeWeight, modified);
        }
      }
    }
  }

  void ReadItemprop(NodeId id, std::string_view prop) {
    if (doc_.node(id).tag == Tag::kTime || doc_.node(id).tag == Tag::kMeta) return;  // elsewhere
    if (IEquals(prop, "author") || IEquals(prop, "creator")) {
      if (out_->byline_source != "byline") ReadBylineElement(id, "itemprop author");
      return;
    }
    const bool published = IEquals(prop, "datePublished");
    if (!published && !IEquals(prop, "dateModified")) return;
    std::string_view value = doc_.Attr(id, "content");
    if (value.empty()) value = doc_.Attr(id, "datetime");
    std::optional<Timestamp> t = ParseDateValue(value);
    if (!t && value.empty()) t = ParseDateValue(doc_.TextContent(id));
    if (!t) return;
    AddDate(*t, published ? "itemprop datePublished" : "itemprop dateModified",
            published ? kItempropWeight : kModifiedMarkedWeight, !published);
  }

  // An element that names the author: its nested itemprop=name, else its whole text.
  void ReadBylineElement(NodeId id, std::string_view source) {
    const NodeId after = doc_.NextSkippingChildren(id, html::Document::kRoot);
    const NodeId last = after == html::kNoNode ? static_cast<NodeId>(doc_.size()) : after;
    if (last - id > 60) return;  // a whole author box with a biography, not a name
    std::string text;
    for (NodeId k = id + 1; k < last; ++k) {
      if (doc_.node(k).kind == html::NodeKind::kElement &&
          IEquals(doc_.Attr(k, "itemprop"), "name")) {
        text = doc_.TextContent(k);
        break;
      }
    }
    if (text.empty()) text = doc_.TextContent(id);
    if (text.empty()) text = std::string(doc_.Attr(id, "content"));
    std::vector<std::string> names = SplitAuthorNames(text, site_, false);
    if (names.empty()) return;
    if (out_->byline_source == std::string(source) || out_->byline_source == "itemprop author") {
      for (std::string& n : names) {  // several itemprop=author elements: all of them
        bool dup = false;
        for (const std::string& seen : out_->byline_names) dup = dup || IEquals(seen, n);
        if (!dup) out_->byline_names.push_back(std::move(n));
      }
      return;
    }
    out_->byline_names = std::move(names);
    out_->byline_source = std::string(source);
  }

  const html::Document& doc_;
  const SiteKeys& site_;
  ArticleHead* out_;
  std::vector<uint16_t> open_blocks_;
  std::string line_;
  int lines_ = 0;
  int prose_lines_ = 0;
  bool line_nonblank_ = false;  // line_ has a visible character
  bool line_has_year_ = false;  // line_ has a year (HasYear)
  size_t text_bytes_ = 0;
  bool time_seen_ = false;
};

}  // namespace

std::optional<Timestamp> TimeElementDate(const html::Document& doc, html::NodeId time) {
  const std::string_view datetime = doc.Attr(time, "datetime");
  if (!datetime.empty()) {
    if (auto t = ParseDateValue(datetime)) return t;
    if (auto t = ParseUnixTime(datetime)) return t;
    return std::nullopt;
  }
  const std::string text = doc.TextContent(time);
  if (text.size() > kMaxLineBytes) return std::nullopt;
  return ParseWrittenDate(text);
}

bool MarkedModified(const html::Document& doc, html::NodeId id) {
  if (IEquals(doc.Attr(id, "itemprop"), "dateModified")) return true;
  for (std::string_view attr : {doc.Attr(id, "class"), doc.Attr(id, "id")}) {
    const std::string lower = AsciiLower(attr);
    if (lower.find("updat") != std::string::npos || lower.find("modif") != std::string::npos) {
      return true;
    }
  }
  return false;
}

ArticleHead ScanArticleHead(const html::Document& doc, html::NodeId start, html::NodeId scope,
                            const SiteKeys& site) {
  ArticleHead out;
  if (start == html::kNoNode || start >= doc.size()) return out;
  HeadWalker walker(doc, site, &out);
  walker.Walk(start, scope);
  return out;
}

}  // namespace corroborate
