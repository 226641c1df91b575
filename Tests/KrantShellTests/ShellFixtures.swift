import Foundation
import KrantCorpus
@testable import KrantShell
import KrantTestSupport

enum ShellFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let samplePath = root.appendingPathComponent("samples/corpus").path
    static let corpus: Corpus = try! Corpus.load([samplePath])

    /// A shell over the seed corpus writing to strings, with table output 100 columns wide and no colour.
    static func shell(format: KrantRender.OutputFormat = .table) -> (Shell, StringSink, StringSink) {
        let output = StringSink(), errors = StringSink()
        let shell = Shell(corpus: corpus, settings: ShellSettings(format: format, colors: false, width: 100),
                          output: output, errors: errors)
        return (shell, output, errors)
    }

    /// The built `krant` program, next to the test bundle.
    static let binary: String = {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("krant").path,
            Bundle.main.bundleURL.appendingPathComponent("krant").path,
            root.appendingPathComponent(".build/debug/krant").path,
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last!
    }()

    /// Runs the program with arguments and standard input; returns status, output and errors.
    static func run(_ arguments: [String], input: String = "", environment: [String: String] = [:]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = root
        var env = ProcessInfo.processInfo.environment
        let state = TemporaryFolders()
        env["XDG_STATE_HOME"] = try state.make("state").path
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self), String(decoding: errors, as: UTF8.self))
    }
}

import KrantRender
