// Every page of the article-extraction benchmark (../shared, gzipped) parses into a document
// with a body and visible text, with consistent links. Skips when ../shared is absent.
#include "support/benchmark_pages.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "html/parser.h"

namespace corroborate::html {
namespace {

TEST(BenchmarkPagesTest, EveryPageParses) {
  const std::vector<test_data::BenchmarkPage>& pages = test_data::BenchmarkPages();
  if (pages.empty()) GTEST_SKIP() << "no benchmark pages in " << test_data::BenchmarkDir();
  ASSERT_GT(pages.size(), 100u);
  for (const test_data::BenchmarkPage& benchmark_page : pages) {
    const std::string& page = benchmark_page.id;
    const std::string& html = benchmark_page.html;
    ASSERT_FALSE(html.empty()) << page;
    Document doc = Parse(html);
    ASSERT_NE(doc.body(), kNoNode) << page;
    EXPECT_GT(doc.node(doc.body()).subtree_end, doc.body() + 1) << page << ": empty body";
    std::string text = doc.TextContent(doc.body());
    EXPECT_GT(text.size(), 200u) << page;
    // Links and pre-order hold on real pages too.
    const auto& nodes = doc.nodes();
    for (NodeId id = 1; id < nodes.size(); ++id) {
      const Node& n = nodes[id];
      ASSERT_LT(n.parent, id) << page;
      ASSERT_EQ(n.depth, nodes[n.parent].depth + 1) << page;
      if (n.first_child != kNoNode) {
        ASSERT_EQ(n.first_child, id + 1) << page;
      }
    }
  }
}

}  // namespace
}  // namespace corroborate::html
