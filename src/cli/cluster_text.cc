// Unlabelled text for word clusters; see cluster_text.h.
#include "cli/cluster_text.h"

#include <algorithm>
#include <filesystem>
#include <string_view>

#include "analyze/analyze.h"
#include "extract/html/html_article.h"
#include "ingest/decode.h"
#include "ingest/reader.h"
#include "model/annotated_doc.h"
#include "nlp/ner_data.h"
#include "nlp/tagger_features.h"
#include "nlp/training_data.h"
#include "nlp/ud_words.h"

namespace corroborate::cli {
namespace {

namespace fs = std::filesystem;

// Appends the UD words of one token, normalised.
void AddToken(std::string_view token, std::vector<std::string>* out) {
  std::vector<std::pair<size_t, size_t>> ranges;
  nlp::SplitUdWords(token, &ranges);
  for (const auto& [begin, end] : ranges) {
    out->push_back(nlp::NormalizeWord(token.substr(begin, end - begin)));
  }
}

// Tokenizes running text into sentences of normalised words; returns the words added.
size_t AddRawText(std::string text, ClusterText* out) {
  Article article;
  article.text = std::move(text);
  AnnotatedDoc doc;
  doc.article = &article;
  Tokenize(&doc);
  size_t words = 0;
  for (const Sentence& s : doc.sentences) {
    std::vector<std::string> sentence;
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      AddToken(doc.tokens[t].span.Of(article.text), &sentence);
    }
    words += sentence.size();
    if (!sentence.empty()) out->sentences.push_back(std::move(sentence));
  }
  return words;
}

std::string Describe(size_t sentences, size_t words, std::string_view licence) {
  return std::to_string(sentences) + " sentences, " + std::to_string(words) + " words" +
         (licence.empty() ? "" : ", " + std::string(licence));
}

// Every document of a file or folder (ingest/), decoded, in URI order so runs agree.
Result<std::vector<DecodedDocument>> ReadDocuments(const std::string& path) {
  if (!fs::exists(path)) return Status::NotFound(path + ": not found");
  std::vector<RawDocument> raw;
  std::string problem;
  ReadInputs(
      {path}, ReadOptions{}, [&](RawDocument&& doc) { raw.push_back(std::move(doc)); },
      [&](InputProblem&& p) {
        if (problem.empty()) problem = p.uri + ": " + p.reason;
      });
  if (!problem.empty()) return Status::InvalidInput(problem);
  std::sort(raw.begin(), raw.end(),
            [](const RawDocument& a, const RawDocument& b) { return a.uri < b.uri; });
  std::vector<DecodedDocument> docs;
  for (RawDocument& r : raw) {
    std::string uri = r.uri;
    Result<DecodedDocument> decoded = Decode(std::move(r));
    if (!decoded.ok()) return Status::InvalidInput(uri + ": " + decoded.status().message());
    docs.push_back(std::move(decoded).value());
  }
  return docs;
}

Status AddUd(const std::string& data_dir, ClusterText* out) {
  nlp::UdDataOptions options;
  options.with_gum = true;
  Result<nlp::UdData> ud = nlp::LoadUdData(data_dir + "/ud", options);
  if (!ud.ok()) return ud.status();
  size_t words = 0;
  for (const nlp::ConlluSentence& s : ud->train) {
    std::vector<std::string> sentence;
    for (const nlp::ConlluWord& w : s.words) sentence.push_back(nlp::NormalizeWord(w.form));
    words += sentence.size();
    out->sentences.push_back(std::move(sentence));
  }
  out->provenance.emplace_back("text:ud train (EWT + GUM open genres)",
                               Describe(ud->train.size(), words, "CC BY-SA 4.0 / CC BY"));
  return Status::Ok();
}

// News text: one document per JSONL line; lines that are bare URLs are skipped.
Status AddNews(const std::string& data_dir, ClusterText* out) {
  const std::string path = data_dir + "/news-clustering/ecbplus/docs.train-dev.jsonl";
  Result<std::vector<DecodedDocument>> docs = ReadDocuments(path);
  if (!docs.ok()) return docs.status();
  const size_t first = out->sentences.size();
  size_t words = 0;
  for (DecodedDocument& doc : *docs) {
    std::string text;
    size_t pos = 0;
    while (pos < doc.text.size()) {
      size_t end = doc.text.find('\n', pos);
      if (end == std::string::npos) end = doc.text.size();
      const std::string_view line(doc.text.data() + pos, end - pos);
      if (!line.starts_with("http://") && !line.starts_with("https://")) {
        text.append(line);
        text.push_back('\n');
      }
      pos = end + 1;
    }
    words += AddRawText(std::move(text), out);
  }
  out->provenance.emplace_back("text:ecbplus docs",
                               Describe(out->sentences.size() - first, words, "CC BY 3.0"));
  return Status::Ok();
}

// Web pages: the article text our extractor finds in each.
Status AddPages(const std::string& data_dir, ClusterText* out) {
  Result<std::vector<DecodedDocument>> docs =
      ReadDocuments(data_dir + "/article-extraction-benchmark/html");
  if (!docs.ok()) return docs.status();
  const size_t first = out->sentences.size();
  size_t words = 0;
  for (DecodedDocument& doc : *docs) {
    if (doc.raw.format != "html") continue;
    words += AddRawText(ExtractHtmlArticle(doc).text, out);
  }
  out->provenance.emplace_back("text:article-extraction-benchmark pages",
                               Describe(out->sentences.size() - first, words, "see its LICENSE"));
  return Status::Ok();
}

void AddTokenSentences(const std::vector<nlp::NerSentence>& sentences, const std::string& name,
                       ClusterText* out) {
  size_t words = 0, added = 0;
  for (const nlp::NerSentence& s : sentences) {
    std::vector<std::string> sentence;
    for (const std::string& w : s.words) AddToken(w, &sentence);
    words += sentence.size();
    if (sentence.empty()) continue;
    out->sentences.push_back(std::move(sentence));
    ++added;
  }
  out->provenance.emplace_back("text:" + name, Describe(added, words, ""));
}

// NER corpora: the extra training corpora (not UNER, whose train text is EWT train, already
// read), and WNUT17's train file only (its dev and test are someone's evaluation data).
Status AddNer(const std::string& data_dir, ClusterText* out) {
  const std::string dir = data_dir + "/ner";
  nlp::NerDataOptions options;
  options.extra = {"wikigold", "btc", "re3d"};
  Result<nlp::NerData> ner = nlp::LoadNerData(dir, options);
  if (!ner.ok()) return ner.status();
  std::vector<nlp::NerSentence> extra;
  for (nlp::NerSentence& s : ner->train) {
    if (s.domain != 0) extra.push_back(std::move(s));
  }
  AddTokenSentences(extra, "ner wikigold + btc + re3d", out);
  nlp::IobFormat wnut;
  wnut.tag_column = -1;
  Result<std::vector<nlp::NerSentence>> wnut_train =
      nlp::ReadIobFile(dir + "/WNUT17/CONLL-format/data/train/wnut17train.conll", wnut);
  if (!wnut_train.ok()) return wnut_train.status();
  AddTokenSentences(*wnut_train, "ner wnut17 train", out);
  return Status::Ok();
}

}  // namespace

Result<ClusterText> ReadClusterText(const std::string& data_dir) {
  ClusterText out;
  for (auto add : {AddUd, AddNews, AddPages, AddNer}) {
    if (Status s = add(data_dir, &out); !s.ok()) return s;
  }
  return out;
}

}  // namespace corroborate::cli
