import Foundation
import Testing
@testable import KrantShell
import KrantQuery

@Suite("Completion")
struct CompleterTests {
    let completer: Completer = {
        var session = QuerySession(corpus: ShellFixtures.corpus)
        _ = try! session.run("let nato = articles where actor = \"NAVO\"")
        return Completer(session: session)
    }()

    func candidates(_ line: String) -> [String] {
        completer.complete(line: line).candidates
    }

    @Test func sourcesAtTheStart() {
        #expect(candidates("art") == ["articles"])
        #expect(candidates("") .contains("nato"))
        #expect(candidates("a") == ["articles", "actors"])
    }

    @Test func plotOffersNetworkThenAPathInQuotes() {
        #expect(candidates("sentences | cooccur | plot n") == ["network"])
        #expect(candidates("articles | timeline | plot \"/us").contains("\"/usr/"))
        #expect(candidates("sentences | cooccur | plot network \"/us").contains("\"/usr/"))
    }

    @Test func stagesAfterAPipe() {
        #expect(candidates("articles | co") == ["count", "count by", "cooccur", "collocates"])
        #expect(candidates("articles | s").contains("sort by"))
    }

    @Test func fieldsOfTheCurrentRows() {
        #expect(candidates("articles where ac") == ["actor"])
        #expect(candidates("sentences where seg") == ["segment"])
        #expect(candidates("articles where seg").isEmpty)
        #expect(candidates("articles | sentences | where seg") == ["segment"])
        #expect(candidates("mentions where actor = \"NAVO\" and fo") == ["form"])
        #expect(candidates("articles | count by mo") == ["month"])
        #expect(candidates("articles | actors | sort by art") == ["articles"])
    }

    @Test func quotedActorNames() {
        #expect(candidates("articles where actor = \"Poe") == ["\"Poetin\""])
        // Actors the corpus mentions come first, most mentioned first, then the rest of the gazetteer.
        #expect(candidates("articles where actor = \"oekr").first == "\"Oekraïne\"")
        #expect(candidates("articles where actor in (\"China\", \"Ind").first == "\"India\"")
        #expect(candidates("articles where actor = \"Xi J") == ["\"Xi Jinping\""])
    }

    @Test func fieldsAfterAnAnalysisStageAreItsOutputColumns() {
        #expect(candidates("articles | kwic \"Poetin\" | sort by ri") == ["right"])
        #expect(candidates("sentences | cooccur | where part") == ["partner", "partner_count"])
        #expect(candidates("articles | count by year | sort by cou") == ["count"])
        #expect(candidates("articles | timeline by year | where ye") == ["year"])
        #expect(candidates("nato | kwic \"NAVO\" | select le") == ["left"])
    }

    @Test func actorNamesAfterKwicCooccurAndTimeline() {
        #expect(candidates("sentences | kwic actor \"Stolt") == ["\"Stoltenberg\""])
        #expect(candidates("sentences | cooccur with \"Poe") == ["\"Poetin\""])
        #expect(candidates("articles | timeline by year of \"NA").first == "\"NAVO\"")
        #expect(candidates("articles | timeline by year of \"NAVO\", \"Chi").first == "\"China\"")
        #expect(candidates("articles | kwic \"Poe").isEmpty, "kwic without 'actor' searches text, not actors")
    }

    @Test func pathsAfterATildeAreInTheHomeFolder() {
        let home = FileManager.default.homeDirectoryForCurrentUser.path
        let listed = (try? FileManager.default.contentsOfDirectory(atPath: home))?.filter { !$0.hasPrefix(".") } ?? []
        let offered = Completer.paths(completing: "~/")
        #expect(offered.count == listed.count)
        #expect(offered.allSatisfy { $0.hasPrefix("~/") })
    }

    @Test func enumerationValues() {
        #expect(candidates("mentions where kind = met") == ["metonym"])
        #expect(candidates("sentences where segment = cap") == ["caption"])
    }

    @Test func dotCommandsAndTheirArguments() {
        #expect(candidates(".fo") == [".format"])
        #expect(candidates(".format j") == ["json", "jsonl"])
        #expect(candidates(".timer o") == ["on", "off"])
        #expect(candidates(".show 00").count == 5)
        #expect(candidates(".read samples/que") == ["samples/queries/"])
    }

    @Test func wordUnderTheCursor() {
        #expect(completer.complete(line: "articles where actor = \"Xi J").word == "\"Xi J")
        #expect(completer.complete(line: "articles | cou").word == "cou")
        #expect(completer.complete(line: "articles where x = 1", cursor: 13).word == "wher")
    }
}
