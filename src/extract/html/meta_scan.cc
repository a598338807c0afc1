#include "extract/html/meta_scan.h"

#include "core/strings.h"

namespace corroborate {
namespace {

using html::NodeId;
using html::Tag;

std::string_view ChildText(const html::Document& doc, NodeId id) {
  const NodeId child = doc.node(id).first_child;
  if (child == html::kNoNode || doc.node(child).kind != html::NodeKind::kText) return {};
  return doc.node(child).text;
}

void ReadMeta(const html::Document& doc, NodeId id, PageScan* scan) {
  std::string_view content;
  bool has_content = false;
  for (const html::Attribute& a : doc.attributes(id)) {
    if (a.name == "content") {
      content = Trim(a.value);
      has_content = true;
    }
  }
  if (!has_content) return;
  for (const html::Attribute& a : doc.attributes(id)) {
    const bool itemprop = a.name == "itemprop";
    if (a.name != "name" && a.name != "property" && !itemprop && a.name != "http-equiv") continue;
    // property="og:title article:author" is rare; the first token is the key.
    std::string_view key = Trim(a.value);
    const size_t space = key.find(' ');
    if (space != std::string_view::npos) key = key.substr(0, space);
    if (key.empty() || key.size() > 64) continue;
    scan->metas.push_back({AsciiLower(key), content, id, itemprop});
  }
}

void ReadRel(const html::Document& doc, NodeId id, PageScan* scan) {
  std::string_view rel = doc.Attr(id, "rel");
  if (rel.empty()) return;
  const std::string_view href = Trim(doc.Attr(id, "href"));
  for (std::string_view token : Split(rel, ' ')) {
    token = Trim(token);
    if (IEquals(token, "canonical") || IEquals(token, "author")) {
      scan->links.push_back({AsciiLower(token), href, id});
    }
  }
}

// type="application/ld+json" (any case, with parameters); most scripts have no '+' at all.
bool IsJsonLd(std::string_view type) {
  return type.find('+') != std::string_view::npos && IContains(type, "ld+json");
}

}  // namespace

std::string_view PageScan::Meta(std::string_view key, bool include_itemprop) const {
  for (const MetaTag& m : metas) {
    if (m.key == key && !m.value.empty() && (include_itemprop || !m.itemprop)) return m.value;
  }
  return {};
}

PageScan ScanPage(const html::Document& doc) {
  PageScan scan;
  const std::vector<html::Node>& nodes = doc.nodes();
  NodeId svg_end = 0;  // inside an <svg> until this id: its <title> is an image caption
  for (NodeId id = 0; id < nodes.size(); ++id) {
    const html::Node& n = nodes[id];
    if (n.kind != html::NodeKind::kElement) continue;
    switch (n.tag) {
      case Tag::kHtml:
        if (scan.html_lang.empty()) scan.html_lang = Trim(doc.Attr(id, "lang"));
        if (scan.html_lang.empty()) scan.html_lang = Trim(doc.Attr(id, "xml:lang"));
        break;
      case Tag::kTitle:
        if (scan.title.empty() && id >= svg_end) scan.title = ChildText(doc, id);
        break;
      case Tag::kSvg: {
        const NodeId after = doc.NextSkippingChildren(id, html::Document::kRoot);
        svg_end = after == html::kNoNode ? static_cast<NodeId>(nodes.size()) : after;
        break;
      }
      case Tag::kBase:
        if (scan.base_href.empty()) scan.base_href = Trim(doc.Attr(id, "href"));
        break;
      case Tag::kMeta:
        ReadMeta(doc, id, &scan);
        break;
      case Tag::kLink:
      case Tag::kA:
        if (n.attr_count > 0) ReadRel(doc, id, &scan);
        break;
      case Tag::kScript:
        if (IsJsonLd(doc.Attr(id, "type"))) scan.jsonld.push_back(ChildText(doc, id));
        break;
      case Tag::kH1:
        scan.h1s.push_back(id);
        break;
      case Tag::kTime:
        scan.times.push_back(id);
        break;
      case Tag::kArticle:
        scan.articles.push_back(id);
        break;
      case Tag::kMain:
        if (scan.main == html::kNoNode) scan.main = id;
        break;
      default:
        break;
    }
  }
  return scan;
}

}  // namespace corroborate
