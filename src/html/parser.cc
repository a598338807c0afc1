// Parse(): the tokenizer and tree builder put together (see html/tree_builder.cc).
#include "html/parser.h"

#include "html/tree_builder.h"

namespace corroborate::html {

Document Parse(std::string_view html, const ParseOptions& options) {
  return TreeBuilder(html, options).Build();
}

}  // namespace corroborate::html
