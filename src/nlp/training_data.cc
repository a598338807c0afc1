// Loading UD English training data with the GUM licence filter; see training_data.h.
#include "nlp/training_data.h"

#include <cstdio>

#include "nlp/model_file.h"

namespace corroborate::nlp {
namespace {

// GUM genres whose licence allows shipping (see LICENSE.txt of UD_English-GUM).
constexpr std::string_view kShippableGumGenres[] = {
    "news", "interview", "bio", "voyage", "textbook", "vlog", "speech", "conversation"};

std::string FileCrc(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return "unreadable";
  uint32_t crc = 0;
  char buf[1 << 16];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) crc = Crc32(std::string_view(buf, n), crc);
  std::fclose(f);
  char hex[16];
  std::snprintf(hex, sizeof hex, "%08x", crc);
  return hex;
}

std::string BaseName(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace

bool GumDocumentIsShippable(std::string_view newdoc_id) {
  if (newdoc_id.substr(0, 4) != "GUM_") return false;
  std::string_view rest = newdoc_id.substr(4);
  std::string_view genre = rest.substr(0, rest.find('_'));
  for (std::string_view g : kShippableGumGenres) {
    if (genre == g) return true;
  }
  return false;
}

std::string EwtPath(const std::string& dir, std::string_view split) {
  return dir + "/UD_English-EWT/en_ewt-ud-" + std::string(split) + ".conllu";
}

std::string GumPath(const std::string& dir, std::string_view split) {
  return dir + "/UD_English-GUM/en_gum-ud-" + std::string(split) + ".conllu";
}

Result<UdData> LoadUdData(const std::string& dir, const UdDataOptions& options) {
  UdData data;
  auto read = [&](const std::string& path, std::vector<ConlluSentence>* out) -> Status {
    Result<std::vector<ConlluSentence>> r = ReadConlluFile(path);
    if (!r.ok()) return r.status();
    *out = std::move(r).value();
    data.provenance.emplace_back("data", BaseName(path) + " crc32=" + FileCrc(path));
    return Status::Ok();
  };
  if (Status s = read(EwtPath(dir, "train"), &data.train); !s.ok()) return s;
  if (Status s = read(EwtPath(dir, "dev"), &data.dev); !s.ok()) return s;
  if (options.with_test) {
    if (Status s = read(EwtPath(dir, "test"), &data.test); !s.ok()) return s;
  }
  data.provenance.emplace_back("licence", "UD English EWT: CC BY-SA 4.0");
  if (options.with_gum) {
    std::vector<ConlluSentence> gum;
    if (Status s = read(GumPath(dir, "train"), &gum); !s.ok()) return s;
    bool keep = false;
    for (ConlluSentence& s : gum) {
      if (s.newdoc) {
        keep = GumDocumentIsShippable(s.newdoc_id);
        ++(keep ? data.gum_docs_kept : data.gum_docs_dropped);
      }
      if (keep) data.train.push_back(std::move(s));
    }
    std::string genres;
    for (std::string_view g : kShippableGumGenres) {
      genres += (genres.empty() ? "" : ",") + std::string(g);
    }
    data.provenance.emplace_back(
        "licence", "UD English GUM train, only genres " + genres + " (" +
                       std::to_string(data.gum_docs_kept) +
                       " documents): CC BY 4.0 or public domain per GUM's LICENSE.txt");
  }
  return data;
}

}  // namespace corroborate::nlp
