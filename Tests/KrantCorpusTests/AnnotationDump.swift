import KrantCorpus

/// Everything loading decides about a corpus, one line per fact in corpus order: each article's date and its
/// provenance, title and paragraphs; each sentence's segment, range and words (with their terms, compound parts
/// and genitive bases); each mention's actor, kind, form, words and role; and the actors found in the text.
/// Two loads that annotate alike give the same text, byte for byte, so a rewrite of the load pipeline can be
/// held to it.
enum AnnotationDump {
    static func text(of corpus: Corpus) -> String {
        var lines: [String] = []
        let terms = corpus.index.terms
        for article in corpus.articles {
            lines.append("article \(article.id)\tdate \(article.date.map { "\($0)" } ?? "-") (\(article.dateProvenance.rawValue))"
                         + "\ttitle \(article.title)\tsource \(article.source ?? "-")\turl \(article.url ?? "-")")
            for paragraph in article.paragraphs {
                lines.append("  paragraph \(paragraph.kind.rawValue) \(paragraph.range)")
            }
            for sentence in corpus.sentences[article.sentences] {
                let words = sentence.words.map { word in
                    let term = terms[Int(corpus.index.term(ofWord: word))]
                    let (parts, base) = corpus.index.compoundPartsAndGenitiveBase(ofWord: word)
                    let extras = parts.map { terms[Int($0)] } + (base.map { ["'" + terms[Int($0)]] } ?? [])
                    return extras.isEmpty ? term : term + "[" + extras.joined(separator: ",") + "]"
                }
                lines.append("  sentence \(sentence.segment.rawValue) \(sentence.range) words \(sentence.words): " + words.joined(separator: " "))
                for mention in corpus.mentions[sentence.mentions] {
                    let role = mention.roleTerm.map { " role \(corpus.actors[mention.actor].roles[$0])" } ?? ""
                    lines.append("    mention \(corpus.actors[mention.actor].name) (\(mention.kind.rawValue)) \"\(corpus.form(of: mention))\" "
                                 + "\(mention.range) words \(mention.words)" + role)
                }
            }
        }
        for actor in corpus.actors where actor.kind == .unknown {
            lines.append("found \(actor.name) (\(actor.guessedKind?.rawValue ?? "-")): " + actor.forms.map(\.text).joined(separator: " | "))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// FNV-1a, 64 bits: a short stand-in for a dump too long to keep in the repository.
    static func digest(_ text: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return String(hash, radix: 16)
    }
}
