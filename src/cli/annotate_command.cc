// `corroborate annotate [INPUT…]`: one JSON line per article with its linguistic annotation:
// sentences with code-point offsets into the cleaned text, and per token (a UD word: "don't"
// is "do" + "n't", nlp/ud_words.h) its form, offsets,
// UPOS, XPOS, lemma, and dependency head (1-based word number in the sentence, 0 = root) and
// relation; per sentence its named entities (PER, ORG, LOC, NORP) with code-point offsets. The
// models are the shipped ones (models/, or --models DIR).
// Extension points: a model that adds a layer (dependency heads and relations, entities)
// loads in LoadModels, runs in AnnotateSentence and writes its fields in WriteToken or
// WriteSentence; the JSON only grows keys, so readers of the tagger's fields keep working.
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyze/analyze.h"
#include "cli/commands.h"
#include "cli/exit_codes.h"
#include "cli/input_options.h"
#include "cli/output_files.h"
#include "core/json_writer.h"
#include "core/parallel.h"
#include "core/utf8.h"
#include "nlp/model_paths.h"
#include "nlp/ner.h"
#include "nlp/parser.h"
#include "nlp/tagger.h"
#include "nlp/ud_words.h"

namespace corroborate::cli {
namespace {

struct AnnotateOptions {
  InputOptions input;
  std::string models;  // --models DIR
};

// The models annotate uses; immutable once loaded, shared by the worker threads.
struct Models {
  std::optional<nlp::Tagger> tagger;
  std::optional<nlp::Parser> parser;
  std::optional<nlp::EntityRecognizer> ner;
};

Status LoadModels(const std::string& dir_option, Models* models) {
  Result<std::string> path = nlp::FindModelFile(dir_option, "tagger.bin");
  if (!path.ok()) return path.status();
  Result<nlp::Tagger> tagger = nlp::Tagger::Load(*path);
  if (!tagger.ok()) return tagger.status();
  models->tagger.emplace(std::move(tagger).value());
  Result<std::string> parser_path = nlp::FindModelFile(dir_option, "parser.bin");
  if (!parser_path.ok()) return parser_path.status();
  Result<nlp::Parser> parser = nlp::Parser::Load(*parser_path);
  if (!parser.ok()) return parser.status();
  models->parser.emplace(std::move(parser).value());
  Result<std::string> ner_path = nlp::FindModelFile(dir_option, "ner.bin");
  if (!ner_path.ok()) return ner_path.status();
  Result<nlp::EntityRecognizer> ner = nlp::EntityRecognizer::Load(*ner_path);
  if (!ner.ok()) return ner.status();
  models->ner.emplace(std::move(ner).value());
  return Status::Ok();
}

// Per-sentence results of every model (scratch reused across sentences).
struct SentenceLayers {
  std::vector<std::string_view> words;
  nlp::TaggedSentence tags;
  nlp::ParsedSentence tree;
  nlp::RecognizedSentence entities;
  nlp::NerDocumentMemory memory;  // the article's names so far (SentenceLayers is per article)
};

void AnnotateSentence(const Models& models, SentenceLayers* layers) {
  models.tagger->Tag(layers->words, &layers->tags);
  models.parser->Parse(layers->words, layers->tags, &layers->tree);
  models.ner->Recognize(layers->words, layers->tags, &layers->memory, &layers->entities);
}

// "entities": [{"type": "PER", "start": 10, "end": 22, "text": "Marta Volkova",
//   "token_begin": 2, "token_end": 4}] (code points; tokens 0-based, end exclusive).
void WriteEntities(const Models& models, const SentenceLayers& layers,
                   const std::vector<TextSpan>& spans, std::string_view text,
                   const utf8::CodepointIndex& cps, JsonWriter* json) {
  json->Key("entities");
  json->BeginArray();
  for (const nlp::EntitySpan& e : layers.entities.entities) {
    const TextSpan span{spans[e.begin].begin, spans[e.end - 1].end};
    json->BeginObject();
    json->Field("type", models.ner->types()[e.type]);
    json->Field("start", cps.ToCodepoint(span.begin));
    json->Field("end", cps.ToCodepoint(span.end));
    json->Field("text", span.Of(text));
    json->Field("token_begin", e.begin);
    json->Field("token_end", e.end);
    json->EndObject();
  }
  json->EndArray();
}

void WriteToken(const SentenceLayers& layers, size_t i, const TextSpan& span,
                const utf8::CodepointIndex& cps, JsonWriter* json) {
  json->BeginObject();
  json->Field("form", layers.words[i]);
  json->Field("start", cps.ToCodepoint(span.begin));
  json->Field("end", cps.ToCodepoint(span.end));
  json->Field("upos", layers.tags.upos[i]);
  json->Field("xpos", layers.tags.xpos[i]);
  json->Field("lemma", layers.tags.lemmas[i]);
  json->Field("head", layers.tree.heads[i]);  // 1-based within the sentence, 0 = root
  json->Field("deprel", layers.tree.deprels[i]);
  json->EndObject();
}

std::string AnnotateArticle(const Models& models, const Article& article) {
  AnnotatedDoc doc;
  doc.article = &article;
  Tokenize(&doc);
  const utf8::CodepointIndex cps(article.text);
  std::string out;
  JsonWriter json(&out);
  json.BeginObject();
  json.Field("article", article.id);
  json.Key("sentences");
  json.BeginArray();
  SentenceLayers layers;
  std::vector<TextSpan> spans;  // of layers.words
  std::vector<std::pair<size_t, size_t>> pieces;
  for (const Sentence& sentence : doc.sentences) {
    // The models see UD words: contractions split ("don't" -> "do" "n't").
    layers.words.clear();
    spans.clear();
    for (uint32_t t = sentence.token_begin; t < sentence.token_end; ++t) {
      const TextSpan token = doc.tokens[t].span;
      pieces.clear();
      nlp::SplitUdWords(token.Of(article.text), &pieces);
      for (const auto& [begin, end] : pieces) {
        const TextSpan span{token.begin + static_cast<uint32_t>(begin),
                            token.begin + static_cast<uint32_t>(end)};
        spans.push_back(span);
        layers.words.push_back(span.Of(article.text));
      }
    }
    AnnotateSentence(models, &layers);
    json.BeginObject();
    json.Field("start", cps.ToCodepoint(sentence.span.begin));
    json.Field("end", cps.ToCodepoint(sentence.span.end));
    json.Field("paragraph", sentence.paragraph);
    json.Key("tokens");
    json.BeginArray();
    for (size_t i = 0; i < layers.words.size(); ++i) {
      WriteToken(layers, i, spans[i], cps, &json);
    }
    json.EndArray();
    WriteEntities(models, layers, spans, article.text, cps, &json);
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
    Models models;
    if (Status s = LoadModels(o->models, &models); !s.ok()) {
      std::fprintf(stderr, "corroborate: %s\n", s.message().c_str());
      return kExitUsage;
    }
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
