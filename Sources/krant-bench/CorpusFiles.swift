import Foundation
import Synchronization
import KrantSynthetic

/// Writes a synthetic corpus as `.txt` files, a thousand to a folder, using the sample corpus's words.
enum CorpusFiles {
    static func write(count: Int, seed: UInt64, to folder: String) throws {
        let sample = (try? FileManager.default.contentsOfDirectory(atPath: "samples/corpus")) ?? []
        let sampleWords = sample.sorted().compactMap { try? String(contentsOfFile: "samples/corpus/" + $0, encoding: .utf8) }
            .flatMap { $0.split(whereSeparator: { !$0.isLetter }).map(String.init) }
        let generator = SyntheticCorpus(seed: seed, extraWords: sampleWords)
        try? FileManager.default.removeItem(atPath: folder)
        let folders = (count + 999) / 1_000
        for index in 0..<folders {
            try FileManager.default.createDirectory(atPath: folder + "/" + String(format: "%04d", index), withIntermediateDirectories: true)
        }
        // Every article depends only on the seed and its number, so the folders can be written on all cores.
        let unwritten = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: folders) { index in
            let subfolder = folder + "/" + String(format: "%04d", index)
            for number in (index * 1_000)..<min(count, (index + 1) * 1_000) {
                let path = subfolder + "/" + String(format: "%07d", number) + ".txt"
                if !FileManager.default.createFile(atPath: path, contents: Data(generator.article(number).utf8)) {
                    unwritten.withLock { $0.append(path) }
                }
            }
        }
        // Without the marker a half-written corpus is generated again on the next run, never measured.
        if let path = unwritten.withLock({ $0.first }) { throw UnwritableFile(path: path) }
        guard FileManager.default.createFile(atPath: folder + "/.complete", contents: nil) else {
            throw UnwritableFile(path: folder + "/.complete")
        }
    }
}

struct UnwritableFile: Error, CustomStringConvertible {
    let path: String
    var description: String { "could not write \(path); is the disk full?" }
}
