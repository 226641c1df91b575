import Foundation
import Testing
@testable import KrantShell

/// Each script in samples/queries runs over the seed corpus and must print exactly its `.expected` file.
/// Re-record after a deliberate change with `KRANT_RECORD=1 swift test` and review the diff.
@Suite("Sample query scripts")
struct SampleScriptTests {
    static let folder = ShellFixtures.root.appendingPathComponent("samples/queries")
    static let scripts = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?
        .filter { $0.hasSuffix(".krant") }.sorted() ?? []

    @Test func thereAreAtLeastADozen() {
        #expect(Self.scripts.count >= 12)
    }

    @Test(arguments: scripts)
    func scriptPrintsItsExpectedOutput(name: String) throws {
        let script = try String(contentsOf: Self.folder.appendingPathComponent(name), encoding: .utf8)
        let (shell, output, errors) = ShellFixtures.shell()
        #expect(shell.runScript(script, name: name))
        #expect(errors.text == "")
        let expectedURL = Self.folder.appendingPathComponent(name.replacingOccurrences(of: ".krant", with: ".expected"))
        if ProcessInfo.processInfo.environment["KRANT_RECORD"] == "1" {
            try output.text.write(to: expectedURL, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(output.text == expected)
    }
}
