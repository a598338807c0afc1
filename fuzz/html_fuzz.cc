// Fuzzes the HTML parser: any bytes, with the depth limit and comment keeping chosen by the
// first byte. Checks the Document contract on every input: html/head/body exist; nodes are in
// pre-order with consistent parent/child/sibling links, depths and subtree ends; depth never
// exceeds the limit; names are lowercase; attribute ranges are in bounds; traversal and search
// agree with the array; TextContent runs on every node (reading every view).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "html/parser.h"

namespace {

using corroborate::html::Document;
using corroborate::html::kNoNode;
using corroborate::html::Node;
using corroborate::html::NodeId;
using corroborate::html::NodeKind;
using corroborate::html::Tag;

void Check(bool ok) {
  if (!ok) std::abort();
}

bool HasUpper(std::string_view s) {
  for (char c : s) {
    if (c >= 'A' && c <= 'Z') return true;
  }
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  corroborate::html::ParseOptions options;
  if (size > 0) {
    options.max_depth = 4 + data[0] % 64;
    options.keep_comments = data[0] & 0x80;
    ++data;
    --size;
  }
  std::string_view input(reinterpret_cast<const char*>(data), size);
  Document doc = corroborate::html::Parse(input, options);

  const auto& nodes = doc.nodes();
  Check(!nodes.empty() && nodes[0].kind == NodeKind::kDocument);
  Check(nodes[0].subtree_end == nodes.size());
  Check(doc.html() != kNoNode && doc.node(doc.html()).tag == Tag::kHtml);
  Check(doc.head() != kNoNode && doc.node(doc.head()).parent == doc.html());
  Check(doc.body() != kNoNode && doc.node(doc.body()).parent == doc.html());
  Check(doc.stats().input_bytes == size);

  size_t elements = 0;
  size_t text_bytes = 0;
  for (NodeId id = 1; id < nodes.size(); ++id) {
    const Node& n = nodes[id];
    Check(n.parent < id);
    const Node& p = nodes[n.parent];
    Check(p.kind == NodeKind::kDocument || p.kind == NodeKind::kElement);
    Check(n.depth == p.depth + 1 && n.depth <= options.max_depth);
    Check(n.subtree_end > id && n.subtree_end <= p.subtree_end);
    Check(n.source_offset <= size);
    if (n.first_child != kNoNode) {
      Check(n.first_child == id + 1 && nodes[n.first_child].parent == id);
      Check(nodes[n.last_child].parent == id && nodes[n.last_child].subtree_end == n.subtree_end);
    } else {
      Check(n.last_child == kNoNode && n.subtree_end == id + 1);
    }
    if (n.next_sibling != kNoNode) {
      Check(n.next_sibling == n.subtree_end && nodes[n.next_sibling].prev_sibling == id);
    } else {
      Check(p.last_child == id);
    }
    if (n.prev_sibling == kNoNode) Check(p.first_child == id);
    if (n.kind == NodeKind::kElement) {
      ++elements;
      Check(!n.name.empty() && !HasUpper(n.name));
      Check(n.tag == Tag::kOther || corroborate::html::TagName(n.tag) == n.name);
      for (const auto& a : doc.attributes(id)) {
        Check(!HasUpper(a.name));
        text_bytes += a.name.size() + a.value.size();
        Check(doc.HasAttr(id, a.name));
      }
      if (corroborate::html::IsVoid(n.tag)) Check(n.first_child == kNoNode);
    } else {
      Check(n.attr_count == 0 && n.first_child == kNoNode);
      if (n.kind == NodeKind::kText) Check(!n.text.empty());
      if (n.kind == NodeKind::kComment) Check(options.keep_comments);
      for (char c : n.text) text_bytes += static_cast<unsigned char>(c) & 1;  // reads the view
    }
    std::string text = doc.TextContent(id);
    Check(text.empty() || (text.front() != ' ' && text.back() != ' '));
    Check(text.find("  ") == std::string::npos);
    if (n.kind == NodeKind::kElement) Check(doc.FindFirst(n.tag, n.parent) <= id);
  }
  Check(elements == doc.stats().elements);

  // Traversal from the root visits the array in order.
  NodeId expected = 1;
  for (NodeId id = doc.Next(Document::kRoot, Document::kRoot); id != kNoNode;
       id = doc.Next(id, Document::kRoot)) {
    Check(id == expected++);
  }
  Check(expected == nodes.size());
  size_t paragraphs = doc.FindAll(Tag::kP).size();
  size_t counted = 0;
  for (const Node& n : nodes) counted += n.kind == NodeKind::kElement && n.tag == Tag::kP;
  Check(paragraphs == counted);
  (void)text_bytes;
  return 0;
}
