// HTML parser comparison on the 181 real pages of the article-extraction benchmark
// (../shared/data/article-extraction-benchmark/html/*.html.gz, decompressed once before
// timing): Corroborate's own parser (html/parser.h) against gumbo and libxml2's HTML parser,
// in the same run, single-threaded. gumbo and libxml2 are compared only when pkg-config found
// them at configure time (they are not project dependencies). One iteration parses every page.
// Before the runs it prints how far our body text agrees with gumbo's; after them, a table of
// MB/s, pages/s and each parser's time relative to ours.
// Results and the decision: docs/html-parser.md.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <vector>

#include "html/parser.h"
#include "support/benchmark_pages.h"

#ifdef CORROBORATE_HAVE_GUMBO
#include <gumbo.h>
#endif
#ifdef CORROBORATE_HAVE_LIBXML2
#include <libxml/HTMLparser.h>
#endif

namespace {

// The benchmark pages' HTML (decompressed once, before timing) and its total size.
struct Corpus {
  std::vector<std::string> pages;
  size_t bytes = 0;
};

const Corpus& Pages() {
  static const Corpus corpus = [] {
    Corpus c;
    for (const corroborate::test_data::BenchmarkPage& page :
         corroborate::test_data::BenchmarkPages()) {
      c.pages.push_back(page.html);
    }
    c.bytes = corroborate::test_data::BenchmarkBytes();
    return c;
  }();
  return corpus;
}

void Report(benchmark::State& state) {
  const Corpus& c = Pages();
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.bytes));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * c.pages.size()));
}

void BM_Parse_Corroborate(benchmark::State& state) {
  const Corpus& c = Pages();
  for (auto _ : state) {
    for (const std::string& page : c.pages) {
      corroborate::html::Document doc = corroborate::html::Parse(page);
      benchmark::DoNotOptimize(doc.size());
    }
  }
  Report(state);
}
BENCHMARK(BM_Parse_Corroborate)->Unit(benchmark::kMillisecond);

// Parse plus the body's text: what extraction does with every page at the least.
void BM_ParseAndText_Corroborate(benchmark::State& state) {
  const Corpus& c = Pages();
  for (auto _ : state) {
    for (const std::string& page : c.pages) {
      corroborate::html::Document doc = corroborate::html::Parse(page);
      std::string text = doc.TextContent(doc.body());
      benchmark::DoNotOptimize(text.data());
    }
  }
  Report(state);
}
BENCHMARK(BM_ParseAndText_Corroborate)->Unit(benchmark::kMillisecond);

#ifdef CORROBORATE_HAVE_GUMBO
void BM_Parse_Gumbo(benchmark::State& state) {
  const Corpus& c = Pages();
  for (auto _ : state) {
    for (const std::string& page : c.pages) {
      GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, page.data(), page.size());
      benchmark::DoNotOptimize(out->root);
      gumbo_destroy_output(&kGumboDefaultOptions, out);
    }
  }
  Report(state);
}
BENCHMARK(BM_Parse_Gumbo)->Unit(benchmark::kMillisecond);
#endif

// ---- agreement of the trees: ours against the other parsers on the same pages ----

// What is compared: the body's visible text (words, blocks separated as in TextContent) and
// the shape of the element tree ("depth:name" of every element in document order).
struct View {
  std::string text;
  std::vector<std::string> shape;
};

bool IsBlockOrBreakName(std::string_view lowercase_name) {
  auto tag = corroborate::html::TagFromName(lowercase_name);
  return corroborate::html::IsBlock(tag) || tag == corroborate::html::Tag::kBr;
}

bool SkipsContentName(std::string_view name) {
  return name == "script" || name == "style" || name == "template" || name == "noscript";
}

std::string Lower(std::string s) {
  for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return s;
}

// Our view; <noscript> subtrees are left out of the shape (gumbo and libxml2 parse their
// content as markup, with scripting off; we keep it as text, as browsers do).
View OurView(const std::string& page) {
  corroborate::html::Document doc = corroborate::html::Parse(page);
  View v;
  v.text = doc.TextContent(doc.body());
  for (corroborate::html::NodeId id = 1; id < doc.size();) {
    const corroborate::html::Node& n = doc.node(id);
    if (n.kind == corroborate::html::NodeKind::kElement) {
      if (n.tag == corroborate::html::Tag::kNoscript) {
        id = n.subtree_end;
        continue;
      }
      v.shape.push_back(std::to_string(n.depth - 1) + ":" + std::string(n.name));
    }
    ++id;
  }
  return v;
}

// A parser-neutral element walk: name (lowercase, "" for non-elements), text, children.
template <typename Node, typename Traits>
View WalkView(const Node* root, const Traits& traits) {
  View v;
  struct Frame {
    const Node* node;
    int depth;
    bool in_body;
    bool leaving;
  };
  std::vector<Frame> stack = {{root, 0, false, false}};
  while (!stack.empty()) {
    Frame f = stack.back();
    stack.pop_back();
    std::string name = traits.Name(f.node);
    if (f.leaving) {
      if (f.in_body && traits.IsHtml(f.node) && IsBlockOrBreakName(name)) v.text += ' ';
      continue;
    }
    if (name.empty()) {
      if (f.in_body) v.text += traits.Text(f.node);
      continue;
    }
    if (name == "noscript") continue;
    v.shape.push_back(std::to_string(f.depth) + ":" + name);
    bool in_body = f.in_body || name == "body";
    if (f.in_body && SkipsContentName(name)) continue;
    if (f.in_body && traits.IsHtml(f.node) && IsBlockOrBreakName(name)) v.text += ' ';
    stack.push_back({f.node, f.depth, f.in_body, true});
    std::vector<const Node*> children = traits.Children(f.node);
    for (size_t i = children.size(); i-- > 0;) {
      stack.push_back({children[i], f.depth + 1, in_body, false});
    }
  }
  return v;
}

std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    size_t j = i;
    while (j < text.size() && !std::isspace(static_cast<unsigned char>(text[j]))) ++j;
    if (j > i) words.push_back(text.substr(i, j - i));
    i = j;
  }
  return words;
}

template <typename TheirView>
void PrintAgreement(const char* parser, const TheirView& their_view) {
  double dice_sum = 0, dice_min = 1;
  size_t same_text = 0, same_shape = 0, elements = 0, elements_matched = 0;
  const Corpus& c = Pages();
  for (const std::string& page : c.pages) {
    View ours = OurView(page);
    View theirs = their_view(page);
    std::vector<std::string_view> a = Words(ours.text), b = Words(theirs.text);
    if (a == b) ++same_text;
    std::unordered_map<std::string_view, long> counts;
    for (std::string_view w : a) ++counts[w];
    size_t common = 0;
    for (std::string_view w : b) {
      if (counts[w]-- > 0) ++common;
    }
    double dice = a.empty() && b.empty() ? 1.0 : 2.0 * common / (a.size() + b.size());
    dice_sum += dice;
    dice_min = std::min(dice_min, dice);
    if (ours.shape == theirs.shape) ++same_shape;
    size_t prefix = 0;  // elements before the trees first part
    while (prefix < ours.shape.size() && prefix < theirs.shape.size() &&
           ours.shape[prefix] == theirs.shape[prefix]) {
      ++prefix;
    }
    elements += theirs.shape.size();
    elements_matched += prefix;
  }
  std::printf(
      "vs %s: body text word-for-word identical on %zu/%zu pages, word overlap (Dice) "
      "mean %.4f min %.4f; element tree identical on %zu/%zu pages, %.1f%% of its "
      "elements before the first difference\n",
      parser, same_text, c.pages.size(), dice_sum / c.pages.size(), dice_min, same_shape,
      c.pages.size(), elements > 0 ? 100.0 * elements_matched / elements : 0.0);
}

#ifdef CORROBORATE_HAVE_GUMBO
struct GumboTraits {
  bool IsHtml(const GumboNode* n) const {
    return n->v.element.tag_namespace == GUMBO_NAMESPACE_HTML;
  }
  std::string Name(const GumboNode* n) const {
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_TEMPLATE) return "";
    const char* known = gumbo_normalized_tagname(n->v.element.tag);
    if (*known) return known;
    GumboStringPiece piece = n->v.element.original_tag;  // unknown tag: as written
    gumbo_tag_from_original_text(&piece);
    return Lower(std::string(piece.data, piece.length));
  }
  std::string Text(const GumboNode* n) const {
    bool text = n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
                n->type == GUMBO_NODE_CDATA;
    return text ? n->v.text.text : "";
  }
  std::vector<const GumboNode*> Children(const GumboNode* n) const {
    std::vector<const GumboNode*> out;
    const GumboVector& children = n->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      out.push_back(static_cast<const GumboNode*>(children.data[i]));
    }
    return out;
  }
};

View GumboView(const std::string& page) {
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, page.data(), page.size());
  View v = WalkView(out->root, GumboTraits());
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return v;
}
#endif

#ifdef CORROBORATE_HAVE_LIBXML2
constexpr int kLibxml2Options =
    HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET | HTML_PARSE_RECOVER;

struct Libxml2Traits {
  bool IsHtml(const xmlNode*) const { return true; }  // libxml2 knows no svg/math namespaces
  std::string Name(const xmlNode* n) const {
    return n->type == XML_ELEMENT_NODE ? Lower(reinterpret_cast<const char*>(n->name)) : "";
  }
  std::string Text(const xmlNode* n) const {
    bool text = n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE;
    return text && n->content ? reinterpret_cast<const char*>(n->content) : "";
  }
  std::vector<const xmlNode*> Children(const xmlNode* n) const {
    std::vector<const xmlNode*> out;
    for (const xmlNode* c = n->children; c != nullptr; c = c->next) out.push_back(c);
    return out;
  }
};

View Libxml2View(const std::string& page) {
  htmlDocPtr doc =
      htmlReadMemory(page.data(), static_cast<int>(page.size()), nullptr, "UTF-8", kLibxml2Options);
  View v;
  if (doc == nullptr) return v;
  if (const xmlNode* root = xmlDocGetRootElement(doc)) v = WalkView(root, Libxml2Traits());
  xmlFreeDoc(doc);
  return v;
}
#endif

#ifdef CORROBORATE_HAVE_LIBXML2
void BM_Parse_Libxml2(benchmark::State& state) {
  const Corpus& c = Pages();
  for (auto _ : state) {
    for (const std::string& page : c.pages) {
      htmlDocPtr doc = htmlReadMemory(page.data(), static_cast<int>(page.size()), nullptr, "UTF-8",
                                      kLibxml2Options);
      benchmark::DoNotOptimize(doc);
      if (doc != nullptr) xmlFreeDoc(doc);
    }
  }
  Report(state);
}
BENCHMARK(BM_Parse_Libxml2)->Unit(benchmark::kMillisecond);
#endif

// Console output as usual, then one line per benchmark: MB/s (10^6 bytes), pages/s, and how
// many times longer than ours it takes.
class ComparisonReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& run : runs) {
      // Single runs, or the means when repeated (--benchmark_repetitions).
      bool mean = run.run_type == Run::RT_Aggregate && run.aggregate_name == "mean";
      if ((run.run_type != Run::RT_Iteration && !mean) || run.error_occurred) continue;
      auto bytes = run.counters.find("bytes_per_second");
      auto items = run.counters.find("items_per_second");
      if (bytes == run.counters.end() || items == run.counters.end()) continue;
      rows_.push_back({run.benchmark_name(), bytes->second.value, items->second.value});
    }
  }
  void Finalize() override {
    ConsoleReporter::Finalize();
    double ours = 0;
    for (const Row& r : rows_) {
      if (r.name.rfind("BM_Parse_Corroborate", 0) == 0) ours = r.bytes_per_second;
    }
    std::printf("\n%-34s %10s %10s %16s\n", "parser", "MB/s", "pages/s", "time vs ours");
    for (const Row& r : rows_) {
      std::printf("%-34s %10.1f %10.1f %15.1fx\n", r.name.c_str(), r.bytes_per_second / 1e6,
                  r.pages_per_second, r.bytes_per_second > 0 ? ours / r.bytes_per_second : 0.0);
    }
  }

 private:
  struct Row {
    std::string name;
    double bytes_per_second;
    double pages_per_second;
  };
  std::vector<Row> rows_;
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (Pages().pages.empty()) {
    std::printf("html_parser_bench: skipped, no benchmark pages under %s/html\n",
                corroborate::test_data::BenchmarkDir().c_str());
    return 0;
  }
  std::printf("%zu pages, %.1f MB of HTML\n", Pages().pages.size(), Pages().bytes / 1e6);
#ifdef CORROBORATE_HAVE_GUMBO
  PrintAgreement("gumbo", GumboView);
#endif
#ifdef CORROBORATE_HAVE_LIBXML2
  PrintAgreement("libxml2", Libxml2View);
#endif
  ComparisonReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();
  return 0;
}
