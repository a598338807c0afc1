#include "ingest/jsonl.h"

#include <initializer_list>
#include <system_error>

#include "core/strings.h"
#include "ingest/size_format.h"

namespace corroborate::ingest {
namespace {

// Looks up the first present, non-null key of `keys`. Sets *value (empty when all absent).
// Fails when the value is neither a string nor null (an integer is allowed when allow_int).
Status GetField(const simdjson::dom::object& obj, std::initializer_list<std::string_view> keys,
                bool allow_int, std::string* value) {
  value->clear();
  for (std::string_view key : keys) {
    simdjson::dom::element el;
    if (obj.at_key(key).get(el) != simdjson::SUCCESS) continue;
    if (el.is_null()) continue;
    std::string_view s;
    if (el.get_string().get(s) == simdjson::SUCCESS) {
      value->assign(s);
      return Status::Ok();
    }
    int64_t i;
    uint64_t u;
    if (allow_int && el.get_int64().get(i) == simdjson::SUCCESS) {
      *value = std::to_string(i);
      return Status::Ok();
    }
    if (allow_int && el.get_uint64().get(u) == simdjson::SUCCESS) {
      *value = std::to_string(u);
      return Status::Ok();
    }
    return Status::InvalidInput("field '" + std::string(key) + "' is not a string");
  }
  return Status::Ok();
}

// True when one of `keys` is present with a non-null value.
bool Present(const simdjson::dom::object& obj, std::initializer_list<std::string_view> keys) {
  for (std::string_view key : keys) {
    simdjson::dom::element el;
    if (obj.at_key(key).get(el) == simdjson::SUCCESS && !el.is_null()) return true;
  }
  return false;
}

}  // namespace

Status JsonLineParser::Parse(std::string_view line, RawDocument* doc) {
  // simdjson reads up to SIMDJSON_PADDING bytes past the end: parse from a padded buffer that
  // is reused across lines (no allocation per line once it has grown).
  padded_.reserve(line.size() + simdjson::SIMDJSON_PADDING);
  padded_.assign(line);
  simdjson::dom::element root;
  auto error = parser_.parse(padded_.data(), padded_.size(), /*realloc_if_needed=*/false).get(root);
  if (error != simdjson::SUCCESS) {
    return Status::InvalidInput(std::string("invalid JSON (") + simdjson::error_message(error) +
                                ")");
  }
  simdjson::dom::object obj;
  if (root.get_object().get(obj) != simdjson::SUCCESS) {
    return Status::InvalidInput("not a JSON object");
  }
  // A page's HTML, when present, is the richer source (its metadata and structure); else text.
  Status s = GetField(obj, {"html", "raw_html"}, false, &doc->bytes);
  if (!s.ok()) return s;
  doc->format = "html";
  if (Trim(doc->bytes).empty()) {
    const bool html_present = Present(obj, {"html", "raw_html"});
    s = GetField(obj, {"text", "body", "content"}, false, &doc->bytes);
    if (!s.ok()) return s;
    doc->format = "text";
    if (doc->bytes.empty()) {
      const bool text_present = Present(obj, {"text", "body", "content"});
      if (html_present) return Status::InvalidInput("empty 'html' field");
      return Status::InvalidInput(text_present ? "empty 'text' field"
                                               : "missing 'text' (or 'html') field");
    }
    if (Trim(doc->bytes).empty()) return Status::InvalidInput("empty 'text' field");
  }
  struct Meta {
    std::initializer_list<std::string_view> keys;
    std::string* out;
    bool allow_int;
  };
  for (const Meta& m :
       {Meta{{"id"}, &doc->id, true}, Meta{{"url", "link"}, &doc->url, false},
        Meta{{"outlet"}, &doc->outlet, false}, Meta{{"title", "headline"}, &doc->title, false},
        Meta{{"published", "date", "published_at"}, &doc->published, false}}) {
    s = GetField(obj, m.keys, m.allow_int, m.out);
    if (!s.ok()) return s;
  }
  doc->declared_charset = "UTF-8";
  return Status::Ok();
}

void ReadJsonLines(LineReader* lines, const std::string& uri_base, const DocumentSink& documents,
                   const ProblemSink& problems) {
  JsonLineParser parser;
  LineReader::Line line;
  while (lines->Next(&line)) {
    std::string uri = uri_base + ":" + std::to_string(line.number);
    if (line.too_long) {
      problems({std::move(uri), "line too long (" + FormatSize(line.length) + ", limit " +
                                    FormatSize(lines->max_line_bytes()) + ")"});
      continue;
    }
    std::string_view text = line.text;
    if (line.number == 1 && StartsWith(text, "\xef\xbb\xbf")) text.remove_prefix(3);  // BOM
    if (Trim(text).empty()) continue;
    RawDocument doc;
    Status s = parser.Parse(text, &doc);
    if (!s.ok()) {
      problems({std::move(uri), s.message()});
      continue;
    }
    doc.uri = std::move(uri);
    documents(std::move(doc));
  }
  if (lines->error() != 0) {
    problems({uri_base, "read error: " + std::generic_category().message(lines->error())});
  }
}

}  // namespace corroborate::ingest
