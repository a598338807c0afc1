// brief.html: one self-contained page (inline CSS, no scripts, no external resources, CSP that
// forbids them) with the same sections as brief.md. Every evidence link points into the Sources
// appendix, where each article's cleaned text is shown with its evidence spans in <mark>.
// Everything that comes from an input is escaped through html_escape.h, attributes included.
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <utility>

#include "core/strings.h"
#include "core/version.h"
#include "render/evidence_text.h"
#include "render/html_escape.h"
#include "render/position_table.h"
#include "render/render.h"

namespace corroborate {
namespace {

constexpr const char* kStyle = R"css(
:root{color-scheme:light dark;--bg:#fff;--fg:#1b1b1b;--muted:#5b5f66;--line:#d8dade;
--card:#f5f6f8;--mark:#fff0a0;--link:#0b57d0;--ok:#137333;--bad:#b3261e;--warn:#8a5a00}
@media (prefers-color-scheme:dark){:root{--bg:#121212;--fg:#e6e6e6;--muted:#a3a7ad;
--line:#34373b;--card:#1c1d1f;--mark:#594a00;--link:#8ab4f8;--ok:#81c995;--bad:#f28b82;
--warn:#fdd663}}
*{box-sizing:border-box}
body{margin:0 auto;max-width:46rem;padding:1rem;background:var(--bg);color:var(--fg);
font:1rem/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
overflow-wrap:anywhere}
a{color:var(--link)}
h1{font-size:1.6rem;margin:.5rem 0}
h2{font-size:1.35rem;border-top:2px solid var(--line);padding-top:1rem;margin-top:2.2rem}
h3{font-size:1.1rem;margin:1.6rem 0 .5rem}
h4{font-size:1rem;margin:.2rem 0}
.meta,.none{color:var(--muted)}
.summary{font-weight:600;color:var(--muted)}
ul{padding-left:1.2rem}
li{margin:.4rem 0}
nav ul{padding-left:1rem}
.badge{display:inline-block;font-size:.7rem;font-weight:700;text-transform:uppercase;
letter-spacing:.03em;padding:0 .35rem;border:1px solid currentColor;border-radius:.3rem;
vertical-align:.12em;white-space:nowrap}
.confirmed{color:var(--ok)}.contested{color:var(--bad)}.single-source{color:var(--warn)}
.conflict{border:1px solid var(--line);border-left:4px solid var(--bad);border-radius:.4rem;
padding:.6rem .8rem;margin:.8rem 0;background:var(--card)}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(13rem,1fr));gap:.6rem}
.side{border:1px solid var(--line);border-radius:.4rem;padding:.5rem .7rem;background:var(--bg)}
.who{font-weight:700}
.evs{font-size:.85rem;color:var(--muted)}
.evs a{margin-right:.2rem}
.positions{overflow-x:auto}.positions table{border-collapse:collapse;font-size:.9rem}
.positions th,.positions td{border:1px solid var(--line);padding:.3rem .5rem;text-align:left;
vertical-align:top}
.card{border:1px solid var(--line);border-radius:.4rem;padding:.6rem .8rem;margin:.8rem 0}
.text{white-space:pre-wrap;border-left:3px solid var(--line);padding-left:.8rem}
mark{background:var(--mark);color:inherit;border-radius:.15rem}
:target{outline:2px solid var(--link);outline-offset:1px}
.text span:target{outline:none;border-left:3px solid var(--link)}
details>summary{cursor:pointer;color:var(--muted)}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .8rem;margin:.4rem 0}
dt{color:var(--muted)}dd{margin:0}
blockquote{margin:.2rem 0 .2rem .8rem;font-style:italic}
)css";

std::string Esc(std::string_view s) { return HtmlEscape(s); }

std::string Attr(std::string_view s) {
  std::string out;
  AppendHtmlAttribute(s, &out);
  return out;
}

// One anchored span of an article's text.
struct Anchor {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string key;
};

class HtmlBrief {
 public:
  explicit HtmlBrief(const Account& account)
      : account_(account), resolver_(account), anchors_(account.articles.size()) {}

  std::string Render() {
    CollectAnchors();
    Head();
    out_ += "<header>\n<h1>Corroborate brief</h1>\n";
    Overview();
    out_ += "</header>\n<main>\n";
    for (size_t i = 0; i < account_.stories.size(); ++i) Story(account_.stories[i], i);
    Sources();
    Problems();
    out_ += "</main>\n</body>\n</html>\n";
    return std::move(out_);
  }

 private:
  // Every evidence that a link will point to gets an anchor in its article's text.
  void CollectAnchors() {
    std::set<std::string> seen;
    auto add = [&](const std::vector<Evidence>& evidence) {
      for (const Evidence& ev : evidence) {
        ResolvedEvidence r = resolver_.Resolve(ev);
        if (!r.ok) continue;
        std::string key = r.Key();
        if (seen.insert(key).second) anchors_[r.article].push_back({r.byte_begin, r.byte_end, key});
      }
    };
    for (const StoryAccount& s : account_.stories) {
      for (const Fact& f : s.facts) add(f.evidence);
      for (const Conflict& c : s.conflicts) {
        for (const ConflictSide& side : c.sides) add(side.evidence);
      }
      for (const AccountQuote& q : s.quotes) add(q.evidence);
      for (const TimelineEntry& t : s.timeline) add(t.evidence);
      for (const FactUpdate& u : s.updates) {
        for (const UpdateStep& step : u.steps) add(step.evidence);
      }
      for (const Position& p : s.positions) add(p.evidence);
      for (const FramingTerm& f : s.framing) add({f.evidence});
    }
    for (std::vector<Anchor>& list : anchors_) {
      std::sort(list.begin(), list.end(), [](const Anchor& a, const Anchor& b) {
        if (a.begin != b.begin) return a.begin < b.begin;
        return a.end > b.end;
      });
    }
  }

  void Head() {
    std::string title = "Corroborate brief";
    if (!account_.stories.empty() && !account_.stories[0].title.empty()) {
      title += ": " + Snippet(account_.stories[0].title, 120);
    }
    out_ += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    out_ +=
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src data:\">\n";
    out_ += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    out_ += "<meta name=\"referrer\" content=\"no-referrer\">\n";
    out_ += std::string("<meta name=\"generator\" content=\"corroborate ") + kVersion + "\">\n";
    out_ += "<title>" + Esc(title) + "</title>\n<style>" + std::string(kStyle) +
            "</style>\n</head>\n<body>\n";
  }

  void Overview() {
    std::set<std::string> outlets;
    for (const Article& a : account_.articles) outlets.insert(OutletLabel(a));
    std::string line = Plural(account_.stories.size(), "story", "stories") + " from " +
                       Plural(account_.articles.size(), "article", "articles") + " (" +
                       Plural(outlets.size(), "outlet", "outlets") + ")";
    if (!account_.problems.empty()) {
      line += "; " + Plural(account_.problems.size(), "input", "inputs") + " skipped";
    }
    out_ += "<p class=\"meta\">" + Esc(line) +
            ". Each source link jumps to the exact words in that article.</p>\n<nav><ul>\n";
    for (size_t i = 0; i < account_.stories.size(); ++i) {
      const std::string& t = account_.stories[i].title;
      out_ += "<li><a href=\"#story-" + std::to_string(i + 1) + "\">" +
              Esc(t.empty() ? "Untitled story" : Snippet(t, 200)) + "</a></li>\n";
    }
    out_ +=
        "<li><a href=\"#sources\">Sources</a></li>\n<li><a href=\"#problems\">Problems</a>"
        "</li>\n</ul></nav>\n";
  }

  // Links to the evidence, each labelled with its outlet and titled with the exact words.
  std::string Links(const std::vector<Evidence>& evidence) {
    std::string links;
    std::set<std::string> here;
    for (const Evidence& ev : evidence) {
      ResolvedEvidence r = resolver_.Resolve(ev);
      if (!r.ok) continue;
      std::string key = r.Key();
      if (!here.insert(key).second) continue;
      std::string outlet = OutletLabel(account_.articles[r.article]);
      if (!links.empty()) links += ' ';
      links += "<a href=\"#ev-" + key + "\" title=\"" +
               Attr(outlet + ": “" + Snippet(r.text, 300) + "”") + "\">" + Esc(outlet) + "</a>";
    }
    if (links.empty()) return links;
    return " <span class=\"evs\">" + links + "</span>";
  }

  static std::string Badge(FactStatus status) {
    const char* name = FactStatusName(status);
    return std::string("<span class=\"badge ") + name + "\">" + name + "</span>";
  }

  static std::string JoinEsc(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& s : items) {
      if (!out.empty()) out += ", ";
      out += Esc(s);
    }
    return out;
  }

  void Section(std::string_view heading) { out_ += "<h3>" + std::string(heading) + "</h3>\n"; }
  void None(std::string_view text) { out_ += "<p class=\"none\">" + std::string(text) + "</p>\n"; }

  void Story(const StoryAccount& s, size_t index) {
    out_ += "<section class=\"story\" id=\"story-" + std::to_string(index + 1) + "\">\n<h2>" +
            Esc(s.title.empty() ? "Untitled story" : s.title) + "</h2>\n";
    out_ += "<p class=\"summary\">" + Esc(StorySummaryLine(SummarizeStory(account_, s))) + "</p>\n";
    Contested(s);
    Updates(s);
    Confirmed(s);
    Quotes(s);
    Positions(s);
    Entities(s);
    Timeline(s);
    CoverageSection(s);
    Framing(s);
    SingleSource(s);
    out_ += "</section>\n";
  }

  void Contested(const StoryAccount& s) {
    Section("Contested");
    std::vector<const Fact*> loose = UnlistedContestedFacts(s);
    if (s.conflicts.empty() && loose.empty()) {
      None("No contradictions found between the sources.");
      return;
    }
    for (const Conflict& c : s.conflicts) {
      out_ += "<div class=\"conflict\">\n<p><span class=\"badge contested\">" +
              std::string(ConflictKindName(c.kind)) + "</span> " + Esc(c.summary) + "</p>\n";
      out_ += "<div class=\"sides\">\n";
      for (const ConflictSide& side : c.sides) {
        out_ += "<div class=\"side\"><div class=\"who\">" +
                Esc(side.held_by.empty() ? "Unattributed" : side.held_by) + "</div><div>" +
                Esc(side.statement) + "</div>" + Links(side.evidence) + "</div>\n";
      }
      out_ += "</div>\n</div>\n";
    }
    if (!loose.empty()) {
      out_ += "<ul>\n";
      for (const Fact* f : loose) {
        out_ +=
            "<li>" + Badge(f->status) + " " + Esc(f->statement) + Links(f->evidence) + "</li>\n";
      }
      out_ += "</ul>\n";
    }
  }

  void Updates(const StoryAccount& s) {
    if (s.updates.empty()) return;
    Section("Updated over time");
    out_ += "<ul>\n";
    for (const FactUpdate& u : s.updates) {
      out_ += "<li>" + Esc(u.summary) + "<ul>\n";
      for (const UpdateStep& step : u.steps) {
        out_ += "<li><strong>" + Esc(step.value) + "</strong> <span class=\"meta\">" +
                Esc(step.as_of.valid() ? FormatDate(step.as_of) : "undated") + ", " +
                Esc(step.held_by) + "</span>" + Links(step.evidence) + "</li>\n";
      }
      out_ += "</ul></li>\n";
    }
    out_ += "</ul>\n";
  }

  // Who the outlets report a fact from, how firmly it is put, and which supporting articles
  // count under another source (escaped).
  std::string FactNotes(const Fact& f) {
    std::vector<std::string> notes;
    std::vector<std::string> holders;
    for (const Attribution& a : f.attributed_to) {
      if (std::find(holders.begin(), holders.end(), a.holder) == holders.end()) {
        holders.push_back(a.holder);
      }
    }
    if (!holders.empty()) notes.push_back("according to " + JoinEsc(holders));
    if (f.proposition.modality != "asserted") {
      std::string m = Esc(f.proposition.modality);
      if (!f.proposition.hedges.empty()) m += " (“" + JoinEsc(f.proposition.hedges) + "”)";
      notes.push_back(m);
    }
    for (const SupportChain& chain : f.support_chains) {
      for (const SupportLink& link : chain.links) {
        if (link.via == "original" || link.article >= account_.articles.size()) continue;
        notes.push_back(Esc(OutletLabel(account_.articles[link.article])) + " counts under " +
                        Esc(chain.source) + " (" + Esc(link.via) + ")");
      }
    }
    if (notes.empty()) return "";
    std::string out = "<br><span class=\"meta notes\">";
    for (size_t i = 0; i < notes.size(); ++i) out += (i ? " · " : "") + notes[i];
    return out + "</span>";
  }

  void Confirmed(const StoryAccount& s) {
    Section("Confirmed facts");
    std::string items;
    for (const Fact& f : s.facts) {
      if (f.status != FactStatus::kConfirmed) continue;
      items += "<li>" + Badge(f.status) + " " + Esc(f.statement) + "<br><span class=\"meta\">" +
               Plural(static_cast<size_t>(std::max(f.independent_sources, 0)), "independent source",
                      "independent sources");
      std::vector<std::string> outlets = EvidenceOutlets(resolver_, f.evidence, &s);
      if (!outlets.empty()) items += ": " + JoinEsc(outlets);
      if (f.date.valid()) items += " · " + Esc(FormatDate(f.date));
      items += "</span>" + FactNotes(f) + Links(f.evidence) + "</li>\n";
    }
    if (items.empty()) {
      None("No fact is reported by two or more independent sources.");
    } else {
      out_ += "<ul>\n" + items + "</ul>\n";
    }
  }

  void Quotes(const StoryAccount& s) {
    Section("Key quotes");
    if (s.quotes.empty()) {
      None("No quotes found.");
      return;
    }
    out_ += "<ul>\n";
    for (const AccountQuote& q : s.quotes) {
      out_ += "<li><span class=\"who\">" +
              Esc(q.speaker_name.empty() ? "Unidentified speaker" : q.speaker_name) + "</span> — ";
      out_ += q.direct ? "“" + Esc(q.text) + "”" : "<em>(reported)</em> " + Esc(q.text);
      std::vector<std::string> outlets = EvidenceOutlets(resolver_, q.evidence, &s);
      if (!outlets.empty()) out_ += " <span class=\"meta\">— " + JoinEsc(outlets) + "</span>";
      out_ += Links(q.evidence);
      for (const QuoteVariant& v : QuoteVariants(resolver_, q)) {
        std::string lang = v.language.empty() || v.language == "und" ? "" : v.language + ", ";
        out_ += "<blockquote";
        if (IsLanguageTag(v.language)) out_ += " lang=\"" + Attr(v.language) + "\"";
        out_ += ">“" + Esc(v.text) + "” <span class=\"meta\">(" + Esc(lang + v.outlet) +
                ")</span></blockquote>";
      }
      out_ += "</li>\n";
    }
    out_ += "</ul>\n";
  }

  void Entities(const StoryAccount& s) {
    Section("People, organisations and places");
    if (s.entities.empty()) {
      None("No named entities found.");
      return;
    }
    std::vector<const AccountEntity*> order;
    for (const AccountEntity& e : s.entities) order.push_back(&e);
    std::stable_sort(
        order.begin(), order.end(),
        [](const AccountEntity* a, const AccountEntity* b) { return a->type < b->type; });
    out_ += "<ul>\n";
    for (const AccountEntity* e : order) {
      out_ += "<li><span class=\"who\">" + Esc(e->name) + "</span> <span class=\"meta\">(" +
              EntityTypeName(e->type) + ")</span>";
      if (!e->roles.empty()) out_ += " — " + JoinEsc(e->roles);
      if (!e->variants.empty())
        out_ += "<br><span class=\"meta\">also written " + JoinEsc(e->variants) + "</span>";
      if (!e->articles.empty()) {
        out_ += "<br><span class=\"meta\">in " + Plural(e->articles.size(), "article", "articles") +
                "</span>";
      }
      out_ += "</li>\n";
    }
    out_ += "</ul>\n";
  }

  void Timeline(const StoryAccount& s) {
    Section("Timeline");
    if (s.timeline.empty()) {
      None("No dated events found.");
      return;
    }
    out_ += "<ul>\n";
    for (const TimelineEntry* t : SortedTimeline(s)) {
      out_ += "<li><strong>" +
              Esc(t->date.valid() ? FormatDateRange(t->date, t->until) : "Undated") +
              "</strong> — " + Esc(t->event);
      std::vector<std::string> outlets = EvidenceOutlets(resolver_, t->evidence, &s);
      if (!outlets.empty()) out_ += " <span class=\"meta\">— " + JoinEsc(outlets) + "</span>";
      out_ += Links(t->evidence) + "</li>\n";
    }
    out_ += "</ul>\n";
  }

  void CoverageSection(const StoryAccount& s) {
    Section("Coverage by outlet");
    std::vector<OutletCoverage> outlets = DescribeCoverage(s, resolver_);
    for (const OutletCoverage& o : outlets) {
      const Article& a = *o.article;
      out_ += "<div class=\"card\"><h4><a href=\"#art-" + std::to_string(o.index) + "\">" +
              Esc(OutletLabel(a)) + "</a></h4>";
      if (!a.title.empty()) out_ += "<div>“" + Esc(a.title) + "”</div>";
      if (a.published.valid()) {
        out_ += "<div class=\"meta\">" + Esc(FormatTimestamp(a.published)) + "</div>";
      }
      out_ += "<ul>";
      if (o.has_coverage) {
        out_ += "<li>Reports " + Plural(o.reported, "fact", "facts") + " (" +
                std::to_string(o.confirmed) + " confirmed)</li>";
        if (!o.omitted.empty()) {
          out_ += "<li>Leaves out confirmed:<ul>";
          for (const std::string& statement : o.omitted) out_ += "<li>" + Esc(statement) + "</li>";
          out_ += "</ul></li>";
        }
      }
      if (o.syndicated_from != nullptr) {
        out_ += "<li>Syndicated from " + Esc(OutletLabel(*o.syndicated_from)) + " (" +
                o.copied_percent + " of its text copied); not an independent source</li>";
      }
      if (!o.cites.empty()) out_ += "<li>Cites " + JoinEsc(o.cites) + "</li>";
      out_ += "</ul></div>\n";
    }
    if (outlets.empty()) None("No articles.");
  }

  // Actor × issue table (stances with links to their evidence), then positions off the table.
  void Positions(const StoryAccount& s) {
    Section("Positions");
    if (s.positions.empty()) {
      None("No stances (demands, rejections, proposals…) found.");
      return;
    }
    PositionMatrix m = BuildPositionMatrix(s, account_.articles);
    if (!m.issues.empty()) {
      out_ += "<div class=\"positions\"><table>\n<thead><tr><th>Actor</th>";
      for (const std::string& issue : m.issues) out_ += "<th scope=\"col\">" + Esc(issue) + "</th>";
      out_ += "</tr></thead>\n<tbody>\n";
      for (size_t r = 0; r < m.actors.size(); ++r) {
        out_ += "<tr><th scope=\"row\">" + Esc(m.actors[r]) + "</th>";
        for (const PositionCell& cell : m.cells[r]) {
          const std::string stances = CellText(cell);
          out_ += "<td>" +
                  (stances.empty() ? std::string("—") : Esc(stances) + Links(cell.evidence)) +
                  "</td>";
        }
        out_ += "</tr>\n";
      }
      out_ += "</tbody></table></div>\n";
    }
    if (!m.others.empty()) {
      if (!m.issues.empty()) out_ += "<p class=\"meta\">Other positions:</p>\n";
      out_ += "<ul>\n";
      for (const Position* p : m.others) {
        out_ += "<li><span class=\"who\">" + Esc(p->actor_name) + "</span> " + Esc(p->stance) +
                " " + Esc(p->issue) + Links(p->evidence) + "</li>\n";
      }
      out_ += "</ul>\n";
    }
  }

  // Loaded and evaluative words per outlet: its own voice, then words it only quotes.
  void Framing(const StoryAccount& s) {
    Section("Framing");
    std::vector<OutletFraming> outlets = GroupFraming(s);
    if (outlets.empty()) {
      None("No loaded or evaluative terms found.");
      return;
    }
    out_ += "<ul>\n";
    for (const OutletFraming& o : outlets) {
      const Article* a = resolver_.ArticleAt(o.article);
      if (a == nullptr) continue;
      out_ += "<li><span class=\"who\">" + Esc(OutletLabel(*a)) + "</span><ul>";
      if (!o.own.empty()) {
        out_ += "<li>In its own words: ";
        for (size_t i = 0; i < o.own.size(); ++i) {
          const FramingGroup& g = o.own[i];
          out_ += std::string(i ? "; " : "") + "“" + Esc(g.term) + "” <span class=\"meta\">(" +
                  Esc(g.category) + ")</span>" + Links(g.evidence);
        }
        out_ += "</li>";
      }
      if (!o.quoted.empty()) {
        out_ += "<li>Quoting others (not the outlet's words): ";
        for (size_t i = 0; i < o.quoted.size(); ++i) {
          const FramingGroup& g = o.quoted[i];
          out_ += std::string(i ? "; " : "") + "“" + Esc(g.term) + "”";
          if (!g.speaker.empty()) out_ += " <span class=\"meta\">— " + Esc(g.speaker) + "</span>";
          out_ += Links(g.evidence);
        }
        out_ += "</li>";
      }
      out_ += "</ul></li>\n";
    }
    out_ += "</ul>\n";
  }

  void SingleSource(const StoryAccount& s) {
    Section("Single-source claims");
    std::string items;
    size_t count = 0;
    for (const Fact& f : s.facts) {
      if (f.status != FactStatus::kSingleSource) continue;
      ++count;
      items += "<li>" + Esc(f.statement);
      std::vector<std::string> outlets = EvidenceOutlets(resolver_, f.evidence, &s);
      if (!outlets.empty()) items += " <span class=\"meta\">— " + JoinEsc(outlets) + "</span>";
      items += FactNotes(f) + Links(f.evidence) + "</li>\n";
    }
    if (count == 0) {
      None("None.");
      return;
    }
    out_ += "<details><summary>" + Plural(count, "claim", "claims") +
            " reported by one source only</summary>\n<ul>\n" + items + "</ul>\n</details>\n";
  }

  // Escaped article text; a blank line between paragraphs (the container is pre-wrap).
  void AppendText(std::string_view text) {
    size_t start = 0;
    while (start <= text.size()) {
      size_t nl = text.find('\n', start);
      if (nl == std::string_view::npos) {
        AppendHtmlEscaped(text.substr(start), &out_);
        return;
      }
      AppendHtmlEscaped(text.substr(start, nl - start), &out_);
      out_ += "\n\n";
      start = nl + 1;
    }
  }

  // The text with its anchors: overlapping spans are merged into one <mark> carrying the first
  // span's id; the others get an empty <span id> at their start inside it, so tags always nest.
  void MarkedText(std::string_view text, const std::vector<Anchor>& anchors) {
    size_t pos = 0;
    size_t i = 0;
    while (i < anchors.size()) {
      uint32_t begin = anchors[i].begin;
      uint32_t end = anchors[i].end;
      size_t j = i + 1;
      while (j < anchors.size() && anchors[j].begin < end) end = std::max(end, anchors[j++].end);
      AppendText(text.substr(pos, begin - pos));
      if (begin == end) {  // empty spans: just anchors
        for (size_t k = i; k < j; ++k) out_ += "<span id=\"ev-" + anchors[k].key + "\"></span>";
      } else {
        out_ += "<mark id=\"ev-" + anchors[i].key + "\">";
        size_t cur = begin;
        for (size_t k = i + 1; k < j; ++k) {
          AppendText(text.substr(cur, anchors[k].begin - cur));
          cur = anchors[k].begin;
          out_ += "<span id=\"ev-" + anchors[k].key + "\"></span>";
        }
        AppendText(text.substr(cur, end - cur));
        out_ += "</mark>";
      }
      pos = end;
      i = j;
    }
    AppendText(text.substr(pos));
  }

  void Row(std::string_view label, const std::string& html_value) {
    out_ += "<dt>" + std::string(label) + "</dt><dd>" + html_value + "</dd>";
  }

  void Sources() {
    out_ += "<section id=\"sources\">\n<h2>Sources</h2>\n";
    if (account_.articles.empty()) None("No articles were read.");
    for (size_t i = 0; i < account_.articles.size(); ++i) {
      const Article& a = account_.articles[i];
      out_ += "<article class=\"card\" id=\"art-" + std::to_string(i) + "\">\n<h3>" +
              Esc(OutletLabel(a)) + (a.title.empty() ? "" : " — " + Esc(a.title)) + "</h3>\n<dl>";
      if (!a.byline.empty()) Row("By", Esc(a.byline));
      if (a.published.valid()) Row("Published", Esc(FormatTimestamp(a.published)));
      if (!a.url.empty()) {
        if (IsSafeHttpUrl(a.url)) {
          std::string url(Trim(a.url));
          Row("URL",
              "<a href=\"" + Attr(url) + "\" rel=\"noreferrer noopener\">" + Esc(url) + "</a>");
        } else {
          Row("URL", Esc(a.url));
        }
      }
      Row("Read from", Esc(a.uri));
      Row("Id", Esc(a.id));
      Row("Language", Esc(a.language.empty() ? "und" : a.language));
      if (!a.charset.empty()) Row("Decoded from", Esc(a.charset));
      Row("Removed", Plural(a.removed.size(), "line", "lines") + " of non-article text");
      out_ += "</dl>\n<div class=\"text\"";
      if (IsLanguageTag(a.language) && a.language != "und")
        out_ += " lang=\"" + Attr(a.language) + "\"";
      out_ += ">";
      MarkedText(a.text, anchors_[i]);
      out_ += "</div>\n</article>\n";
    }
    out_ += "</section>\n";
  }

  void Problems() {
    out_ += "<section id=\"problems\">\n<h2>Problems</h2>\n";
    if (account_.problems.empty()) {
      None("None: every input was used.");
    } else {
      out_ += "<ul>\n";
      for (const InputProblem& p : account_.problems) {
        out_ += "<li><strong>" + Esc(p.uri) + "</strong>: " + Esc(p.reason) + "</li>\n";
      }
      out_ += "</ul>\n";
    }
    out_ += "</section>\n";
  }

  const Account& account_;
  EvidenceResolver resolver_;
  std::vector<std::vector<Anchor>> anchors_;  // per article, sorted by (begin, longest first)
  std::string out_;
};

}  // namespace

std::string RenderHtml(const Account& account) { return HtmlBrief(account).Render(); }

}  // namespace corroborate
