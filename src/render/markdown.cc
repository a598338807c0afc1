// brief.md: the account for a busy reader, per story in the order contested → confirmed →
// quotes → who is who → timeline → coverage → single-source claims, then sources and problems.
// Every claim carries footnote references ([^a0-12-40]) whose definitions quote the exact
// evidence text and name its outlet. Article text is escaped so neither Markdown syntax nor raw
// HTML in it takes effect.
#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <string>

#include "core/strings.h"
#include "core/utf8.h"
#include "render/evidence_text.h"
#include "render/html_escape.h"
#include "render/position_table.h"
#include "render/render.h"

namespace corroborate {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// One line of inline text: white space collapsed, Markdown punctuation backslash-escaped, HTML
// specials as character references (so a Markdown viewer never runs article HTML), and the
// characters that would start a block (list, heading, quote, ordered list) neutralised.
std::string MdText(std::string_view raw) {
  std::string text = CollapseWhitespace(utf8::Sanitize(raw));
  std::string out;
  out.reserve(text.size() + 16);
  size_t i = 0;
  if (!text.empty() && (text[0] == '-' || text[0] == '+' || text[0] == '=')) {
    out += '\\';
    out += text[0];
    i = 1;
  } else if (!text.empty() && IsDigit(text[0])) {
    size_t j = 0;
    while (j < text.size() && IsDigit(text[j])) ++j;
    if (j < text.size() && (text[j] == '.' || text[j] == ')')) {
      out.append(text, 0, j);
      out += '\\';
      out += text[j];
      i = j + 1;
    }
  }
  for (; i < text.size(); ++i) {
    char c = text[i];
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '\\':
      case '`':
      case '*':
      case '_':
      case '[':
      case ']':
      case '|':
      case '#':
      case '~':
      case '!':
        out += '\\';
        out += c;
        break;
      default:
        // Other control characters are dropped: no renderer needs them and some choke on them.
        if (static_cast<unsigned char>(c) >= 0x20 && c != 0x7F) out += c;
    }
  }
  return out;
}

// A URL: an autolink when it is a plain http(s) URL, escaped text otherwise.
std::string MdUrl(std::string_view url) {
  url = Trim(url);
  if (IsSafeHttpUrl(url) && url.find_first_of("<>`\"") == std::string_view::npos) {
    return "<" + std::string(url) + ">";
  }
  return MdText(url);
}

class MarkdownBrief {
 public:
  explicit MarkdownBrief(const Account& account) : account_(account), resolver_(account) {}

  std::string Render() {
    Line("# Corroborate brief");
    Line();
    std::set<std::string> outlets;
    for (const Article& a : account_.articles) outlets.insert(OutletLabel(a));
    Line("_" + Plural(account_.stories.size(), "story", "stories") + " from " +
         Plural(account_.articles.size(), "article", "articles") + " (" +
         Plural(outlets.size(), "outlet", "outlets") + ")" +
         (account_.problems.empty()
              ? std::string()
              : "; " + Plural(account_.problems.size(), "input", "inputs") + " skipped") +
         ". Footnotes quote the exact words of each source._");
    for (size_t i = 0; i < account_.stories.size(); ++i) Story(account_.stories[i], i);
    Sources();
    Problems();
    Footnotes();
    return std::move(out_);
  }

 private:
  void Line(std::string_view s = {}) {
    out_.append(s);
    out_.push_back('\n');
  }

  void Heading(std::string_view level, std::string_view text) {
    Line();
    Line(std::string(level) + " " + std::string(text));
    Line();
  }

  void None(std::string_view what) { Line("_" + std::string(what) + "_"); }

  // " [^a0-1-5][^a1-3-9]" for the evidence; registers the footnote definitions.
  std::string Refs(const std::vector<Evidence>& evidence) {
    std::string refs;
    std::set<std::string> here;
    for (const Evidence& ev : evidence) {
      ResolvedEvidence r = resolver_.Resolve(ev);
      if (!r.ok) continue;
      std::string key = r.Key();
      if (!here.insert(key).second) continue;
      if (refs.empty()) refs += ' ';
      refs += "[^" + key + "]";
      if (defined_.insert(key).second) {
        const Article& a = account_.articles[r.article];
        std::string def = "[^" + key + "]: **" + MdText(OutletLabel(a)) + "**";
        if (!a.title.empty()) def += ", “" + MdText(a.title) + "”";
        def += " (characters " + std::to_string(r.start) + "–" + std::to_string(r.end) + "): “" +
               MdText(Snippet(r.text, 2000)) + "”";
        footnotes_.push_back(std::move(def));
      }
    }
    return refs;
  }

  static std::string JoinMd(const std::vector<std::string>& items) {
    std::string out;
    for (const std::string& s : items) {
      if (!out.empty()) out += ", ";
      out += MdText(s);
    }
    return out;
  }

  void Story(const StoryAccount& s, size_t index) {
    std::string title = s.title.empty() ? "Untitled story" : s.title;
    Heading("##", std::to_string(index + 1) + ". " + MdText(title));
    Line("**" + MdText(StorySummaryLine(SummarizeStory(account_, s))) + "**");
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
  }

  void Contested(const StoryAccount& s) {
    Heading("###", "Contested");
    std::vector<const Fact*> loose = UnlistedContestedFacts(s);
    if (s.conflicts.empty() && loose.empty()) {
      None("No contradictions found between the sources.");
      return;
    }
    for (const Conflict& c : s.conflicts) {
      std::string kind = ConflictKindName(c.kind);
      kind[0] = static_cast<char>(kind[0] - 'a' + 'A');
      Line("- **" + kind + ":** " + MdText(c.summary));
      for (const ConflictSide& side : c.sides) {
        std::string who = side.held_by.empty() ? "Unattributed" : side.held_by;
        Line("  - **" + MdText(who) + "** — " + MdText(side.statement) + Refs(side.evidence));
      }
    }
    for (const Fact* f : loose) Line("- **Disputed:** " + MdText(f->statement) + Refs(f->evidence));
  }

  void Updates(const StoryAccount& s) {
    if (s.updates.empty()) return;
    Heading("###", "Updated over time");
    for (const FactUpdate& u : s.updates) {
      Line("- " + MdText(u.summary));
      for (const UpdateStep& step : u.steps) {
        std::string when = step.as_of.valid() ? FormatDate(step.as_of) : "undated";
        Line("  - **" + MdText(step.value) + "** (" + MdText(when) + ", " + MdText(step.held_by) +
             ")" + Refs(step.evidence));
      }
    }
  }

  // "; according to Yuri Ushakov; hedged: “may”; Lakeshore Gazette counts under Meridian Press
  // Agency (copy of …)": who the outlets report it from, how firmly, and collapsed sources.
  std::string FactNotes(const Fact& f) {
    std::string out;
    std::vector<std::string> holders;
    for (const Attribution& a : f.attributed_to) {
      if (std::find(holders.begin(), holders.end(), a.holder) == holders.end()) {
        holders.push_back(a.holder);
      }
    }
    if (!holders.empty()) out += "; according to " + JoinMd(holders);
    if (f.proposition.modality != "asserted") {
      out += "; " + MdText(f.proposition.modality);
      if (!f.proposition.hedges.empty()) out += " (“" + JoinMd(f.proposition.hedges) + "”)";
    }
    for (const SupportChain& chain : f.support_chains) {
      for (const SupportLink& link : chain.links) {
        if (link.via == "original" || link.article >= account_.articles.size()) continue;
        out += "; " + MdText(OutletLabel(account_.articles[link.article])) + " counts under " +
               MdText(chain.source) + " (" + MdText(link.via) + ")";
      }
    }
    return out.empty() ? out : " _(" + out.substr(2) + ")_";
  }

  void Confirmed(const StoryAccount& s) {
    Heading("###", "Confirmed facts");
    bool any = false;
    for (const Fact& f : s.facts) {
      if (f.status != FactStatus::kConfirmed) continue;
      any = true;
      std::string line = "- " + MdText(f.statement) + " — **" +
                         Plural(static_cast<size_t>(std::max(f.independent_sources, 0)),
                                "independent source", "independent sources") +
                         "**";
      std::vector<std::string> outlets = EvidenceOutlets(resolver_, f.evidence, &s);
      if (!outlets.empty()) line += " (" + JoinMd(outlets) + ")";
      if (f.date.valid()) line += " · " + FormatDate(f.date);
      Line(line + FactNotes(f) + Refs(f.evidence));
    }
    if (!any) None("No fact is reported by two or more independent sources.");
  }

  void Quotes(const StoryAccount& s) {
    Heading("###", "Key quotes");
    if (s.quotes.empty()) None("No quotes found.");
    for (const AccountQuote& q : s.quotes) {
      std::string speaker = q.speaker_name.empty() ? "Unidentified speaker" : q.speaker_name;
      std::string text = q.direct ? "“" + MdText(q.text) + "”" : "_(reported)_ " + MdText(q.text);
      std::string line = "- **" + MdText(speaker) + "** — " + text;
      std::vector<std::string> outlets = EvidenceOutlets(resolver_, q.evidence, &s);
      if (!outlets.empty()) line += " — " + JoinMd(outlets);
      Line(line + Refs(q.evidence));
      for (const QuoteVariant& v : QuoteVariants(resolver_, q)) {
        std::string lang = v.language.empty() || v.language == "und" ? "" : v.language + ", ";
        Line("  - Also carried as (" + MdText(lang + v.outlet) + "): “" + MdText(v.text) + "”");
      }
    }
  }

  void Entities(const StoryAccount& s) {
    Heading("###", "People, organisations and places");
    if (s.entities.empty()) None("No named entities found.");
    std::vector<const AccountEntity*> order;
    for (const AccountEntity& e : s.entities) order.push_back(&e);
    std::stable_sort(
        order.begin(), order.end(),
        [](const AccountEntity* a, const AccountEntity* b) { return a->type < b->type; });
    for (const AccountEntity* e : order) {
      std::string line = "- **" + MdText(e->name) + "** (" + EntityTypeName(e->type) + ")";
      if (!e->roles.empty()) line += " — " + JoinMd(e->roles);
      if (!e->variants.empty()) line += "; also written " + JoinMd(e->variants);
      if (!e->articles.empty()) line += "; in " + Plural(e->articles.size(), "article", "articles");
      Line(line);
    }
  }

  void Timeline(const StoryAccount& s) {
    Heading("###", "Timeline");
    if (s.timeline.empty()) None("No dated events found.");
    for (const TimelineEntry* t : SortedTimeline(s)) {
      std::string date = t->date.valid() ? FormatDateRange(t->date, t->until) : "Undated";
      std::string line = "- **" + date + "** — " + MdText(t->event);
      std::vector<std::string> outlets = EvidenceOutlets(resolver_, t->evidence, &s);
      if (!outlets.empty()) line += " — " + JoinMd(outlets);
      Line(line + Refs(t->evidence));
    }
  }

  void CoverageSection(const StoryAccount& s) {
    Heading("###", "Coverage by outlet");
    std::vector<OutletCoverage> outlets = DescribeCoverage(s, resolver_);
    for (const OutletCoverage& o : outlets) {
      const Article& a = *o.article;
      std::string line = "- **" + MdText(OutletLabel(a)) + "**";
      if (!a.title.empty()) line += " — “" + MdText(a.title) + "”";
      if (a.published.valid()) line += " (" + MdText(FormatTimestamp(a.published)) + ")";
      Line(line);
      if (o.has_coverage) {
        Line("  - Reports " + Plural(o.reported, "fact", "facts") + " (" +
             std::to_string(o.confirmed) + " confirmed)");
        if (!o.omitted.empty()) {
          std::string omits;
          for (const std::string& statement : o.omitted) {
            if (!omits.empty()) omits += "; ";
            omits += MdText(statement);
          }
          Line("  - Leaves out confirmed: " + omits);
        }
      }
      if (o.syndicated_from != nullptr) {
        Line("  - Syndicated from " + MdText(OutletLabel(*o.syndicated_from)) + " (" +
             o.copied_percent + " of its text copied); not an independent source");
      }
      if (!o.cites.empty()) Line("  - Cites " + JoinMd(o.cites));
    }
    if (outlets.empty()) None("No articles.");
  }

  // Actor × issue table: one row per actor, one column per shared issue; each cell holds the
  // stances with their footnotes. Positions off the table follow as a list.
  void Positions(const StoryAccount& s) {
    Heading("###", "Positions");
    if (s.positions.empty()) {
      None("No stances (demands, rejections, proposals…) found.");
      return;
    }
    PositionMatrix m = BuildPositionMatrix(s, account_.articles);
    if (!m.issues.empty()) {
      std::string head = "| Actor |";
      std::string rule = "| --- |";
      for (const std::string& issue : m.issues) {
        head += " " + MdText(issue) + " |";
        rule += " --- |";
      }
      Line(head);
      Line(rule);
      for (size_t r = 0; r < m.actors.size(); ++r) {
        std::string line = "| **" + MdText(m.actors[r]) + "** |";
        for (const PositionCell& cell : m.cells[r]) {
          const std::string stances = CellText(cell);
          line += " " +
                  (stances.empty() ? std::string("—") : MdText(stances) + Refs(cell.evidence)) +
                  " |";
        }
        Line(line);
      }
    }
    if (!m.others.empty()) {
      if (!m.issues.empty()) {
        Line();
        Line("Other positions:");
        Line();
      }
      for (const Position* p : m.others) {
        Line("- **" + MdText(p->actor_name) + "** " + MdText(p->stance) + " " + MdText(p->issue) +
             Refs(p->evidence));
      }
    }
  }

  // Loaded and evaluative words per outlet: its own voice first, then words it only quotes.
  void Framing(const StoryAccount& s) {
    Heading("###", "Framing");
    std::vector<OutletFraming> outlets = GroupFraming(s);
    if (outlets.empty()) {
      None("No loaded or evaluative terms found.");
      return;
    }
    for (const OutletFraming& o : outlets) {
      const Article* a = resolver_.ArticleAt(o.article);
      if (a == nullptr) continue;
      Line("- **" + MdText(OutletLabel(*a)) + "**");
      if (!o.own.empty()) {
        std::string own;
        for (const FramingGroup& g : o.own) {
          if (!own.empty()) own += "; ";
          own += "“" + MdText(g.term) + "” (" + MdText(g.category) + ")" + Refs(g.evidence);
        }
        Line("  - In its own words: " + own);
      }
      if (!o.quoted.empty()) {
        std::string quoted;
        for (const FramingGroup& g : o.quoted) {
          if (!quoted.empty()) quoted += "; ";
          quoted += "“" + MdText(g.term) + "”";
          if (!g.speaker.empty()) quoted += " — " + MdText(g.speaker);
          quoted += Refs(g.evidence);
        }
        Line("  - Quoting others (not the outlet's words): " + quoted);
      }
    }
  }

  void SingleSource(const StoryAccount& s) {
    Heading("###", "Single-source claims");
    bool any = false;
    for (const Fact& f : s.facts) {
      if (f.status != FactStatus::kSingleSource) continue;
      any = true;
      std::string line = "- " + MdText(f.statement);
      std::vector<std::string> outlets = EvidenceOutlets(resolver_, f.evidence, &s);
      if (!outlets.empty()) line += " — " + JoinMd(outlets);
      Line(line + FactNotes(f) + Refs(f.evidence));
    }
    if (!any) None("None.");
  }

  void Sources() {
    Heading("##", "Sources");
    if (account_.articles.empty()) None("No articles were read.");
    for (const Article& a : account_.articles) {
      std::string line = "- **" + MdText(OutletLabel(a)) + "**";
      if (!a.title.empty()) line += " — “" + MdText(a.title) + "”";
      if (!a.byline.empty()) line += " — by " + MdText(a.byline);
      if (a.published.valid()) line += " — " + MdText(FormatTimestamp(a.published));
      Line(line);
      if (!a.url.empty()) Line("  - URL: " + MdUrl(a.url));
      Line("  - Read from: " + MdText(a.uri) + " (id " + MdText(a.id) + ")");
      std::string details = "  - Language: " + MdText(a.language.empty() ? "und" : a.language);
      if (!a.charset.empty()) details += "; decoded from " + MdText(a.charset);
      details += "; " + Plural(a.removed.size(), "line", "lines") + " removed as non-article text";
      Line(details);
    }
  }

  void Problems() {
    Heading("##", "Problems");
    if (account_.problems.empty()) None("None: every input was used.");
    for (const InputProblem& p : account_.problems) {
      Line("- " + MdText(p.uri) + ": " + MdText(p.reason));
    }
  }

  void Footnotes() {
    if (footnotes_.empty()) return;
    Heading("##", "Evidence");
    for (const std::string& f : footnotes_) {
      Line(f);
      Line();
    }
  }

  const Account& account_;
  EvidenceResolver resolver_;
  std::string out_;
  std::vector<std::string> footnotes_;
  std::set<std::string> defined_;
};

}  // namespace

std::string RenderMarkdown(const Account& account) { return MarkdownBrief(account).Render(); }

}  // namespace corroborate
