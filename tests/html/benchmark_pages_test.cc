// Every page of the article-extraction benchmark (../shared, gzipped) parses into a document
// with a body and visible text, with consistent links. Skips when ../shared is absent.
#include <gtest/gtest.h>
#include <zlib.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "html/parser.h"

namespace corroborate::html {
namespace {

namespace fs = std::filesystem;

std::string Gunzip(const fs::path& path) {
  gzFile file = gzopen(path.c_str(), "rb");
  std::string out;
  if (file == nullptr) return out;
  char buffer[1 << 16];
  int n;
  while ((n = gzread(file, buffer, sizeof buffer)) > 0) out.append(buffer, n);
  gzclose(file);
  return out;
}

TEST(BenchmarkPagesTest, EveryPageParses) {
  fs::path dir = fs::path(CORROBORATE_SHARED_DIR) / "data/article-extraction-benchmark/html";
  if (!fs::is_directory(dir)) GTEST_SKIP() << "no benchmark pages at " << dir;
  std::vector<fs::path> pages;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.path().extension() == ".gz") pages.push_back(entry.path());
  }
  std::sort(pages.begin(), pages.end());
  ASSERT_GT(pages.size(), 100u);
  for (const fs::path& page : pages) {
    std::string html = Gunzip(page);
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
