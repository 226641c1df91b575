import Foundation
import Glibc
import Testing
import KrantTestSupport
@testable import KrantShell

/// The history file under the faults a machine left on all day meets: damage, a full disk, no write access.
@Suite("The history file")
struct HistoryFileTests {
    let temporary = TemporaryFolders()

    @Test func entriesSurviveARoundTripAndTheNewestAreKept() throws {
        let file = HistoryFile(path: try temporary.make("history").appending("history"), limit: 3)
        #expect(file.load() == HistoryFile.Contents())
        let entries = ["articles | count", "let x = articles\n  | where actor = \"Oekraïne\"", #"articles where text matches /a\nb\\/"#, "🙂"]
        try file.save(entries)
        #expect(file.load().entries == Array(entries.suffix(3)))
        #expect(file.load().warning == nil)
    }

    @Test func aDamagedFileIsKeptAsideAndANewOneStarted() throws {
        let path = try temporary.make("history").appending("history")
        let damage = Data([0x61, 0x00, 0xFF, 0xFE, 0x0A, 0x80])
        try damage.write(to: URL(fileURLWithPath: path))
        let contents = HistoryFile(path: path).load()
        #expect(contents.entries.isEmpty)
        #expect(contents.isWritable)
        #expect(contents.warning?.contains("was damaged; it is kept as '\(path).damaged'") == true)
        #expect(FileManager.default.contents(atPath: path + ".damaged") == damage)
        #expect(!FileManager.default.fileExists(atPath: path))
        // Damaged again: the first copy is kept too.
        try Data([0x00, 0x01]).write(to: URL(fileURLWithPath: path))
        #expect(HistoryFile(path: path).load().warning?.contains("kept as '\(path).damaged-2'") == true)
        #expect(FileManager.default.contents(atPath: path + ".damaged") == damage)
    }

    @Test func aDeviceIsNotReadNorWritten() throws {
        let path = try temporary.make("history").appending("history")
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "/dev/zero")
        let contents = HistoryFile(path: path).load()
        #expect(contents == HistoryFile.Contents(isWritable: false, warning:
            "warning: the history file '\(path)' is not a regular file; history is kept for this session only"))
    }

    @Test func aFullDiskIsReportedAndTheOldFileIsUntouched() throws {
        let path = try temporary.make("history").appending("history")
        let file = HistoryFile(path: path)
        try file.save(["articles | count"])
        // The new file is written beside the old one first; make that write meet a full disk.
        try FileManager.default.createSymbolicLink(atPath: path + ".new", withDestinationPath: "/dev/full")
        let error = #expect(throws: HistoryFileError.self) { try file.save(["articles | count", "sentences | count"]) }
        #expect(error?.description.contains("(the disk is full)") == true)
        #expect(file.load().entries == ["articles | count"])
    }

    @Test func aReadOnlyFileIsReadButNotWritten() throws {
        let path = try temporary.make("history").appending("history")
        try HistoryFile(path: path).save(["articles | count"])
        // Root writes any file whatever its mode; the immutable flag stops root too, where the file system has it.
        let immutable = geteuid() == 0
        if immutable {
            let chattr = Process()
            chattr.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
            chattr.arguments = ["+i", path]
            try chattr.run()
            chattr.waitUntilExit()
            try #require(chattr.terminationStatus == 0, "chattr +i is needed to make a file read-only for root")
        } else {
            chmod(path, 0o444)
        }
        defer {
            if immutable {
                let chattr = Process()
                chattr.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
                chattr.arguments = ["-i", path]
                try? chattr.run()
                chattr.waitUntilExit()
            }
        }
        let contents = HistoryFile(path: path).load()
        #expect(contents.entries == ["articles | count"])
        #expect(!contents.isWritable)
        #expect(contents.warning?.hasSuffix("is read-only; history is kept for this session only") == true)
    }
}
