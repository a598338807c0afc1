// `corroborate annotate [INPUT…]`: one JSON line per article with its linguistic annotation:
// sentences with code-point offsets into the cleaned text, and per token (a UD word: "don't"
// is "do" + "n't", nlp/ud_words.h) its form, offsets,
// UPOS, XPOS, lemma, and dependency head (1-based word number in the sentence, 0 = root) and
// relation; per sentence its named entities (PER, ORG, LOC, NORP) with code-point offsets. The
// models are the shipped ones (models/, or --models DIR), loaded as one nlp::Linguistics.
// It prints what the pipeline sees: Tokenize + AnnotateSyntax (analyze/syntax.h).
// Extension points: a model that adds a layer loads in nlp::Linguistics, runs in
// AnnotateSyntax and writes its fields in WriteToken or WriteEntities; the JSON only grows
// keys, so readers of the tagger's fields keep working.
#include <cstdio>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/analyze.h"
#include "analyze/model_sentences.h"
#include "analyze/syntax.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/input_options.h"
#include "cli/output_files.h"
#include "core/json_writer.h"
#include "core/parallel.h"
#include "core/utf8.h"
#include "nlp/linguistics.h"

namespace corroborate::cli {
namespace {

struct AnnotateOptions {
  InputOptions input;
  std::string models;  // --models DIR
};

// "entities": [{"type": "PER", "start": 10, "end": 22, "text": "Marta Volkova",
//   "token_begin": 2, "token_end": 4}] (code points; tokens = the sentence's words, 0-based,
//   end exclusive).
void WriteEntities(const Sentence& sentence, std::span<const ModelEntity> names,
                   std::string_view text, const utf8::CodepointIndex& cps, JsonWriter* json) {
  json->Key("entities");
  json->BeginArray();
  for (const ModelEntity& e : names) {
    json->BeginObject();
    json->Field("type", e.label);
    json->Field("start", cps.ToCodepoint(e.span.begin));
    json->Field("end", cps.ToCodepoint(e.span.end));
    json->Field("text", e.span.Of(text));
    json->Field("token_begin", e.word_begin - sentence.word_begin);
    json->Field("token_end", e.word_end - sentence.word_begin);
    json->EndObject();
  }
  json->EndArray();
}

void WriteToken(const Word& word, const Sentence& sentence, std::string_view text,
                const utf8::CodepointIndex& cps, JsonWriter* json) {
  json->BeginObject();
  json->Field("form", word.span.Of(text));
  json->Field("start", cps.ToCodepoint(word.span.begin));
  json->Field("end", cps.ToCodepoint(word.span.end));
  json->Field("upos", word.upos);
  json->Field("xpos", word.xpos);
  json->Field("lemma", word.lemma);
  // 1-based within the sentence, 0 = root.
  json->Field("head",
              word.head < 0 ? 0 : word.head - static_cast<int32_t>(sentence.word_begin) + 1);
  json->Field("deprel", word.deprel);
  json->EndObject();
}

// The same annotation the pipeline uses (analyze/syntax.h), written out.
std::string AnnotateArticle(const nlp::Linguistics& models, const Article& article) {
  AnnotatedDoc doc;
  doc.article = &article;
  Tokenize(&doc);
  if (models.sentences() != nullptr) SplitSentencesWithModel(*models.sentences(), &doc);
  std::vector<ModelEntity> names;
  AnnotateSyntax(models, &doc, &names);
  const utf8::CodepointIndex cps(article.text);
  std::string out;
  JsonWriter json(&out);
  json.BeginObject();
  json.Field("article", article.id);
  json.Key("sentences");
  json.BeginArray();
  size_t next_name = 0;
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& sentence = doc.sentences[si];
    json.BeginObject();
    json.Field("start", cps.ToCodepoint(sentence.span.begin));
    json.Field("end", cps.ToCodepoint(sentence.span.end));
    json.Field("paragraph", sentence.paragraph);
    json.Key("tokens");
    json.BeginArray();
    for (uint32_t w = sentence.word_begin; w < sentence.word_end; ++w) {
      WriteToken(doc.words[w], sentence, article.text, cps, &json);
    }
    json.EndArray();
    const size_t first_name = next_name;
    while (next_name < names.size() && names[next_name].sentence == si) ++next_name;
    WriteEntities(sentence, std::span(names).subspan(first_name, next_name - first_name),
                  article.text, cps, &json);
    json.EndObject();
  }
  json.EndArray();
  json.EndObject();
  out.push_back('\n');
  return out;
}

}  // namespace

Command AddAnnotateCommand(CLI::App& app) {
  auto* command = app.add_subcommand(
      "annotate",
      "Print each article's sentences and tokens with part of speech, lemma and dependency tree, "
      "and its named entities, as JSON lines");
  auto o = std::make_shared<AnnotateOptions>();
  command->add_option("inputs", o->input.inputs,
                      "Files (.txt, .jsonl), folders or - for standard input (default: -)");
  command->add_option("-j,--threads", o->input.threads, "Worker threads (default: all cores)");
  command->add_flag("-q,--quiet", o->input.quiet, "No progress output");
  command->add_option("--models", o->models,
                      "Models directory (default: $CORROBORATE_MODELS, else models/)");
  return [o] {
    Result<nlp::Linguistics> loaded = nlp::Linguistics::Load(o->models);
    if (!loaded.ok()) {
      std::fprintf(stderr, "corroborate: %s\n", loaded.status().message().c_str());
      return kExitUsage;
    }
    const nlp::Linguistics& models = *loaded;
    InputOptions input = o->input;
    if (input.inputs.empty()) input.inputs.push_back("-");
    std::vector<Article> articles;
    std::vector<InputProblem> problems;
    int code = ReadArticles(input, &articles, &problems);
    std::vector<std::string> lines(articles.size());
    ParallelFor(articles.size(), input.threads,
                [&](size_t i) { lines[i] = AnnotateArticle(models, articles[i]); });
    for (const std::string& line : lines) {
      if (!WriteStdout(line)) return kExitOutput;
    }
    if (!FlushStdout()) return kExitOutput;
    return code;
  };
}

}  // namespace corroborate::cli
