// Renders accounts built over the real scraped articles in ../shared/seeds (read at run time,
// never copied into the repo): long multi-byte text with stray markup-like characters.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "core/utf8.h"
#include "render/render.h"

namespace corroborate::render_test {
namespace {

Account SeedAccount() {
  Account account;
  std::filesystem::path dir = std::filesystem::path(CORROBORATE_SHARED_DIR) / "seeds";
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return account;
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec))
    files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  StoryAccount story;
  story.title = "Seed story";
  for (const auto& path : files) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    Article a;
    a.id = path.stem().string();
    a.uri = path.string();
    a.text = utf8::Sanitize(buffer.str());
    auto index = static_cast<uint32_t>(account.articles.size());
    account.articles.push_back(std::move(a));
    story.articles.push_back(index);
    // One fact per line, plus deliberately misaligned overlapping spans (mid code point).
    const std::string& text = account.articles.back().text;
    size_t start = 0;
    int n = 0;
    while (start < text.size() && n < 200) {
      size_t nl = text.find('\n', start);
      if (nl == std::string::npos) nl = text.size();
      if (nl > start) {
        Fact f;
        f.id = "f" + std::to_string(index) + "-" + std::to_string(n++);
        f.statement = text.substr(start, std::min<size_t>(nl - start, 200));
        f.status = n % 3 ? FactStatus::kSingleSource : FactStatus::kConfirmed;
        f.evidence = {{index, {static_cast<uint32_t>(start), static_cast<uint32_t>(nl)}},
                      {index, {static_cast<uint32_t>(start + 3), static_cast<uint32_t>(nl + 7)}}};
        story.facts.push_back(std::move(f));
      }
      start = nl + 1;
    }
  }
  account.stories.push_back(std::move(story));
  return account;
}

TEST(RenderSeeds, RealArticlesRenderSafelyInAllFormats) {
  Account account = SeedAccount();
  if (account.articles.empty())
    GTEST_SKIP() << "no seeds at " << CORROBORATE_SHARED_DIR << "/seeds";
  std::string json = RenderAccountJson(account);
  EXPECT_TRUE(utf8::IsValid(json));
  // Each line-evidence's text is the line itself, so code-point offsets must agree with it.
  for (const Fact& f : account.stories[0].facts) {
    const std::string& text = account.articles[f.evidence[0].article].text;
    std::string line(f.evidence[0].span.Of(text));
    utf8::CodepointIndex index(text);
    std::string needle =
        "\"start\": " + std::to_string(index.ToCodepoint(f.evidence[0].span.begin)) + ",\n";
    EXPECT_NE(json.find(needle), std::string::npos);
  }
  std::string html = RenderHtml(account);
  EXPECT_TRUE(utf8::IsValid(html));
  EXPECT_EQ(html.find("<script"), std::string::npos);
  size_t opened = 0, closed = 0;
  for (size_t at = html.find("<mark"); at != std::string::npos; at = html.find("<mark", at + 1))
    ++opened;
  for (size_t at = html.find("</mark>"); at != std::string::npos; at = html.find("</mark>", at + 1))
    ++closed;
  EXPECT_EQ(opened, closed);
  EXPECT_GT(opened, 0u);
  std::string md = RenderMarkdown(account);
  EXPECT_TRUE(utf8::IsValid(md));
  EXPECT_NE(md.find("## Evidence"), std::string::npos);
}

}  // namespace
}  // namespace corroborate::render_test
