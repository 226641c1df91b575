import Testing
@testable import KrantCorpus

/// A word's sentence is searched for, not stored; the search must agree with the sentences' own word ranges.
@Suite("The sentence of a word")
struct SentenceOfWordTests {
    /// The seed corpus, and texts with sentences that hold no words at all (a lone `…`, `?!`, a quote mark).
    static let corpora = [
        SampleCorpus.corpus,
        Corpus(texts: ["… Poetin spreekt. ?! „” De NAVO antwoordt. …", "!", "Eén. Twee drie. … . Vier vijf zes.", ""]),
    ]

    /// The sentence holding each word, read from the sentences' word ranges.
    static func expected(_ corpus: Corpus) -> [Int] {
        var owners = [Int](repeating: -1, count: corpus.index.wordCount)
        for (position, sentence) in corpus.sentences.enumerated() {
            for word in sentence.words { owners[word] = position }
        }
        return owners
    }

    @Test(arguments: corpora.indices) func everyWordFindsTheSentenceWhoseRangeHoldsIt(corpus number: Int) {
        let corpus = Self.corpora[number]
        let owners = Self.expected(corpus)
        #expect(!owners.contains(-1), "every word belongs to a sentence")
        #expect((0..<owners.count).map { corpus.index.sentence(ofWord: $0) } == owners)
    }

    @Test func theMadeUpTextsHoldSentencesWithoutWords() {
        #expect(Self.corpora[1].sentences.contains { $0.words.isEmpty })
    }

    @Test(arguments: corpora.indices) func ascendingWordsMapToTheirDistinctSentences(corpus number: Int) {
        let corpus = Self.corpora[number]
        let owners = Self.expected(corpus)
        for stride in [1, 2, 3, 7, 40, 1_000] {
            let positions = Swift.stride(from: 0, to: owners.count, by: stride).map(Int32.init)
            var distinct: [Int32] = []
            for position in positions where distinct.last != Int32(owners[Int(position)]) { distinct.append(Int32(owners[Int(position)])) }
            #expect(corpus.index.sentences(ofWords: positions) == distinct, "every \(stride) words")
        }
    }

    @Test(arguments: corpora.indices) func twoWordsAreInOneSentenceExactlyWhenTheirSentencesAgree(corpus number: Int) {
        let corpus = Self.corpora[number]
        let owners = Self.expected(corpus)
        for first in 0..<owners.count {
            for second in first..<min(owners.count, first + 4) {
                #expect(corpus.index.inOneSentence(first, second) == (owners[first] == owners[second]))
            }
        }
    }
}
