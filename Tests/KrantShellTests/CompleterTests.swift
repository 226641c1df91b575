import Testing
@testable import KrantShell

@Suite("Completion")
struct CompleterTests {
    let completer = Completer(corpus: ShellFixtures.corpus, variables: ["nato"])

    func candidates(_ line: String) -> [String] {
        completer.complete(line: line).candidates
    }

    @Test func sourcesAtTheStart() {
        #expect(candidates("art") == ["articles"])
        #expect(candidates("") .contains("nato"))
        #expect(candidates("a") == ["articles", "actors"])
    }

    @Test func stagesAfterAPipe() {
        #expect(candidates("articles | co") == ["count", "count by", "cooccur"])
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
        #expect(candidates("articles where actor = \"oekr") == ["\"Oekraïne\""])
        #expect(candidates("articles where actor in (\"China\", \"Ind") == ["\"India\""])
        #expect(candidates("articles where actor = \"Xi J") == ["\"Xi Jinping\""])
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
