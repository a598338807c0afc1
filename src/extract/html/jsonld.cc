#include "extract/html/jsonld.h"

#include <simdjson.h>

#include <unordered_map>

#include "core/strings.h"

namespace corroborate {
namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

// Blocks larger than this are data dumps (whole feeds), not page metadata.
constexpr size_t kMaxBlockBytes = 4 << 20;

std::string_view Str(element e) {
  std::string_view s;
  if (e.get_string().get(s) != simdjson::SUCCESS) return {};
  return Trim(s);
}

std::string_view Field(object o, std::string_view key) {
  element e;
  if (o.at_key(key).get(e) != simdjson::SUCCESS) return {};
  return Str(e);
}

// "http://schema.org/NewsArticle" -> "NewsArticle".
std::string_view ShortType(std::string_view t) {
  const size_t slash = t.find_last_of("/#:");
  return slash == std::string_view::npos ? t : t.substr(slash + 1);
}

std::vector<std::string_view> Types(object o) {
  std::vector<std::string_view> out;
  element t;
  if (o.at_key("@type").get(t) != simdjson::SUCCESS) return out;
  array arr;
  if (t.get_array().get(arr) == simdjson::SUCCESS) {
    for (element e : arr) {
      if (std::string_view s = Str(e); !s.empty()) out.push_back(ShortType(s));
    }
  } else if (std::string_view s = Str(t); !s.empty()) {
    out.push_back(ShortType(s));
  }
  return out;
}

// Article-like types: NewsArticle, ReportageNewsArticle, BlogPosting, LiveBlogPosting, Report,
// and ClaimReview (a fact check is the page's story; its datePublished is the check's date).
bool IsArticleType(std::string_view t) {
  return EndsWith(t, "Article") || EndsWith(t, "Posting") || t == "Report" || t == "ClaimReview";
}
// WebPage, ItemPage and the specialised pages (MedicalWebPage…), but not CollectionPage.
bool IsWebPageType(std::string_view t) { return EndsWith(t, "WebPage") || t == "ItemPage"; }
bool IsOrganizationType(std::string_view t) {
  return EndsWith(t, "Organization") || t == "Corporation" || t == "NewsMediaOrganization";
}

bool HasType(object o, bool (*pred)(std::string_view)) {
  for (std::string_view t : Types(o)) {
    if (pred(t)) return true;
  }
  return false;
}

// Objects with an "@id" in one block, so {"@id": "#author-1"} references resolve.
using IdIndex = std::unordered_map<std::string_view, object>;

// An object as it is, or the object its "@id" names when it carries nothing but the reference.
object Resolve(object o, const IdIndex& index) {
  const std::string_view id = Field(o, "@id");
  if (id.empty() || !Field(o, "name").empty()) return o;
  auto it = index.find(id);
  return it == index.end() ? o : it->second;
}

// A name from a string, an object with "name" (or given/family names), or a reference.
std::string NameOf(element e, const IdIndex& index, bool* organization) {
  *organization = false;
  if (std::string_view s = Str(e); !s.empty()) return std::string(s);
  object o;
  if (e.get_object().get(o) != simdjson::SUCCESS) return {};
  o = Resolve(o, index);
  *organization = HasType(o, IsOrganizationType);
  element name;
  if (o.at_key("name").get(name) == simdjson::SUCCESS) {
    if (std::string_view s = Str(name); !s.empty()) return std::string(s);
    array names;  // "name": ["Jane Doe"]
    if (name.get_array().get(names) == simdjson::SUCCESS) {
      for (element n : names) {
        if (std::string_view s = Str(n); !s.empty()) return std::string(s);
      }
    }
  }
  const std::string_view given = Field(o, "givenName");
  const std::string_view family = Field(o, "familyName");
  if (!given.empty() && !family.empty()) return std::string(given) + " " + std::string(family);
  return {};
}

void ReadAuthors(element value, const IdIndex& index, std::vector<JsonLdAuthor>* out) {
  array arr;
  if (value.get_array().get(arr) == simdjson::SUCCESS) {
    for (element e : arr) {
      JsonLdAuthor a;
      a.name = NameOf(e, index, &a.organization);
      if (!a.name.empty()) out->push_back(std::move(a));
    }
    return;
  }
  JsonLdAuthor a;
  a.name = NameOf(value, index, &a.organization);
  if (!a.name.empty()) out->push_back(std::move(a));
}

// A string field, or the first string of an array ("articleSection": ["World", "Europe"]).
std::string FirstString(object o, std::string_view key) {
  element e;
  if (o.at_key(key).get(e) != simdjson::SUCCESS) return {};
  if (std::string_view s = Str(e); !s.empty()) return std::string(s);
  array arr;
  if (e.get_array().get(arr) == simdjson::SUCCESS) {
    for (element item : arr) {
      if (std::string_view s = Str(item); !s.empty()) return std::string(s);
    }
  }
  return {};
}

// "mainEntityOfPage": "https://…" or {"@type": "WebPage", "@id": "https://…"}.
std::string UrlOf(object o, std::string_view key) {
  element e;
  if (o.at_key(key).get(e) != simdjson::SUCCESS) return {};
  if (std::string_view s = Str(e); !s.empty()) return std::string(s);
  object inner;
  if (e.get_object().get(inner) == simdjson::SUCCESS) {
    if (std::string_view id = Field(inner, "@id"); !id.empty()) return std::string(id);
    return std::string(Field(inner, "url"));
  }
  return {};
}

// "inLanguage": "en-GB" or {"@type": "Language", "alternateName": "en"}.
std::string LanguageOf(object o) {
  element e;
  if (o.at_key("inLanguage").get(e) != simdjson::SUCCESS) return {};
  if (std::string_view s = Str(e); !s.empty()) return std::string(s);
  object inner;
  if (e.get_object().get(inner) == simdjson::SUCCESS) {
    if (std::string_view s = Field(inner, "alternateName"); !s.empty()) return std::string(s);
  }
  return {};
}

JsonLdArticle ReadArticle(object o, const IdIndex& index, bool web_page) {
  JsonLdArticle a;
  const std::vector<std::string_view> types = Types(o);
  a.type = types.empty() ? "" : std::string(types.front());
  a.is_web_page = web_page;
  a.headline = std::string(Field(o, "headline"));
  if (a.headline.empty()) a.headline = std::string(Field(o, "name"));
  element authors;
  if (o.at_key("author").get(authors) == simdjson::SUCCESS) ReadAuthors(authors, index, &a.authors);
  if (a.authors.empty() && o.at_key("creator").get(authors) == simdjson::SUCCESS) {
    ReadAuthors(authors, index, &a.authors);
  }
  a.date_published = std::string(Field(o, "datePublished"));
  a.date_modified = std::string(Field(o, "dateModified"));
  a.date_created = std::string(Field(o, "dateCreated"));
  element publisher;
  if (o.at_key("publisher").get(publisher) == simdjson::SUCCESS) {
    array arr;
    if (publisher.get_array().get(arr) == simdjson::SUCCESS) {
      for (element p : arr) {
        publisher = p;
        break;
      }
    }
    bool org = false;
    a.publisher = NameOf(publisher, index, &org);
  }
  a.url = std::string(Field(o, "url"));
  a.main_entity_of_page = UrlOf(o, "mainEntityOfPage");
  a.section = FirstString(o, "articleSection");
  a.description = std::string(Field(o, "description"));
  a.language = LanguageOf(o);
  return a;
}

void ReadTopLevel(object o, const IdIndex& index, JsonLdData* data) {
  if (HasType(o, IsArticleType)) {
    data->articles.push_back(ReadArticle(o, index, /*web_page=*/false));
    return;
  }
  if (HasType(o, IsWebPageType)) {
    // A page whose main entity is the article: {"@type": "WebPage", "mainEntity": {…}}.
    element main;
    object entity;
    if (o.at_key("mainEntity").get(main) == simdjson::SUCCESS &&
        main.get_object().get(entity) == simdjson::SUCCESS) {
      entity = Resolve(entity, index);
      if (HasType(entity, IsArticleType) && !Field(entity, "headline").empty()) {
        data->articles.push_back(ReadArticle(entity, index, /*web_page=*/false));
      }
    }
    JsonLdArticle page = ReadArticle(o, index, /*web_page=*/true);
    if (!page.date_published.empty() || !page.headline.empty()) {
      data->articles.push_back(std::move(page));
    }
    return;
  }
  const std::vector<std::string_view> types = Types(o);
  for (std::string_view t : types) {
    if (t == "WebSite" && data->website_name.empty()) {
      data->website_name = std::string(Field(o, "name"));
    } else if (IsOrganizationType(t) && data->organization_name.empty()) {
      data->organization_name = std::string(Field(o, "name"));
    }
  }
}

// The top-level nodes of a block: the root object, the items of a root array, and the items
// of any "@graph" among them.
void CollectNodes(element root, std::vector<object>* nodes) {
  auto add = [&](element e) {
    object o;
    if (e.get_object().get(o) != simdjson::SUCCESS) return;
    element graph;
    array items;
    if (o.at_key("@graph").get(graph) == simdjson::SUCCESS &&
        graph.get_array().get(items) == simdjson::SUCCESS) {
      for (element item : items) {
        object io;
        if (item.get_object().get(io) == simdjson::SUCCESS) nodes->push_back(io);
      }
    }
    nodes->push_back(o);
  };
  array arr;
  if (root.get_array().get(arr) == simdjson::SUCCESS) {
    for (element e : arr) add(e);
  } else {
    add(root);
  }
}

bool ParseInto(std::string_view text, JsonLdData* data) {
  thread_local simdjson::dom::parser parser;
  thread_local std::string padded;
  padded.reserve(text.size() + simdjson::SIMDJSON_PADDING);
  padded.assign(text);
  element root;
  if (parser.parse(padded.data(), padded.size(), /*realloc_if_needed=*/false).get(root) !=
      simdjson::SUCCESS) {
    return false;
  }
  std::vector<object> nodes;
  CollectNodes(root, &nodes);
  IdIndex index;
  for (object o : nodes) {
    if (std::string_view id = Field(o, "@id"); !id.empty()) index.emplace(id, o);
  }
  for (object o : nodes) ReadTopLevel(o, index, data);
  return true;
}

std::string_view StripWrappers(std::string_view s) {
  s = Trim(s);
  for (bool changed = true; changed;) {
    changed = false;
    for (std::string_view open : {"<!--", "//<![CDATA[", "<![CDATA["}) {
      if (StartsWith(s, open)) {
        s = Trim(s.substr(open.size()));
        changed = true;
      }
    }
    for (std::string_view close : {"-->", "//]]>", "]]>"}) {
      if (EndsWith(s, close)) {
        s = Trim(s.substr(0, s.size() - close.size()));
        changed = true;
      }
    }
  }
  return s;
}

}  // namespace

std::string RepairJsonLd(std::string_view text) {
  text = StripWrappers(text);
  std::string out;
  out.reserve(text.size());
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\' && i + 1 < text.size()) {
        out += c;
        out += text[++i];
        continue;
      }
      if (c == '"') in_string = false;
      // Raw control characters are not allowed inside JSON strings; pages emit them anyway.
      out += static_cast<unsigned char>(c) < 0x20 ? ' ' : c;
      continue;
    }
    if (c == '"') {
      in_string = true;
    } else if (c == ',') {
      size_t j = i + 1;
      while (j < text.size() &&
             (text[j] == ' ' || text[j] == '\n' || text[j] == '\r' || text[j] == '\t')) {
        ++j;
      }
      if (j < text.size() && (text[j] == '}' || text[j] == ']')) continue;  // trailing comma
    }
    out += c;
  }
  return out;
}

void ParseJsonLdBlock(std::string_view text, JsonLdData* data) {
  if (Trim(text).empty()) return;
  ++data->blocks;
  if (text.size() > kMaxBlockBytes) {
    ++data->blocks_failed;
    return;
  }
  if (ParseInto(text, data)) return;
  if (!ParseInto(RepairJsonLd(text), data)) ++data->blocks_failed;
}

}  // namespace corroborate
