#include "extract/html/content_jsonld.h"

#include <simdjson.h>

#include <string>
#include <string_view>

#include "core/utf8.h"
#include "extract/html/content_blocks.h"
#include "extract/html/content_page.h"
#include "extract/html/jsonld.h"
#include "html/parser.h"

namespace corroborate {
namespace {

using simdjson::dom::element;

constexpr int kMaxJsonDepth = 16;

// The longest "articleBody" string anywhere in the value (bounded depth).
void FindLongestBody(element value, int depth, std::string_view* best) {
  if (depth > kMaxJsonDepth) return;
  simdjson::dom::object object;
  simdjson::dom::array array;
  if (value.get(object) == simdjson::SUCCESS) {
    for (auto [key, child] : object) {
      std::string_view text;
      if (key == "articleBody" && child.get(text) == simdjson::SUCCESS) {
        if (text.size() > best->size()) *best = text;
      } else {
        FindLongestBody(child, depth + 1, best);
      }
    }
  } else if (value.get(array) == simdjson::SUCCESS) {
    for (element child : array) FindLongestBody(child, depth + 1, best);
  }
}

std::vector<ContentBlock> BlocksFromText(std::string_view body) {
  std::vector<ContentBlock> blocks;
  while (!body.empty()) {
    const size_t nl = body.find('\n');
    const std::string_view line = body.substr(0, nl);
    body.remove_prefix(nl == std::string_view::npos ? body.size() : nl + 1);
    ContentBlock block;
    bool pending = false;
    AppendCollapsed(line, &block.text, &pending);
    if (!block.text.empty()) blocks.push_back(std::move(block));
  }
  return blocks;
}

std::vector<ContentBlock> BlocksFromMarkup(std::string_view body) {
  const html::Document fragment = html::Parse(body);
  const PageFacts facts(fragment);
  std::vector<TextBlock> raw;
  CollectBlocks(
      fragment, facts, fragment.body(), [](html::NodeId) { return false; }, &raw);
  std::vector<ContentBlock> blocks;
  for (TextBlock& b : raw) {
    b.block.node = html::kNoNode;  // the node ids belong to the fragment, not the page
    blocks.push_back(std::move(b.block));
  }
  return blocks;
}

}  // namespace

std::vector<ContentBlock> JsonLdArticleBody(const html::Document& doc, size_t min_chars) {
  simdjson::dom::parser parser;
  std::string best;
  for (html::NodeId id : doc.FindAll(html::Tag::kScript)) {
    if (doc.Attr(id, "type").find("ld+json") == std::string_view::npos) continue;
    const html::NodeId text = doc.node(id).first_child;
    if (text == html::kNoNode || doc.node(text).kind != html::NodeKind::kText) continue;
    element root;
    if (parser.parse(std::string(doc.node(text).text)).get(root) != simdjson::SUCCESS &&
        parser.parse(RepairJsonLd(doc.node(text).text)).get(root) != simdjson::SUCCESS) {
      continue;
    }
    std::string_view body;
    FindLongestBody(root, 0, &body);
    if (body.size() > best.size()) best = std::string(body);  // parser memory is reused
  }
  if (utf8::CodepointCount(best) < min_chars) return {};
  return best.find('<') != std::string::npos ? BlocksFromMarkup(best) : BlocksFromText(best);
}

}  // namespace corroborate
