import Foundation
import KrantSynthetic

/// Writes a synthetic corpus as `.txt` files, a thousand to a folder, using the sample corpus's words.
enum CorpusFiles {
    static func write(count: Int, seed: UInt64, to folder: String) throws {
        let sample = (try? FileManager.default.contentsOfDirectory(atPath: "samples/corpus")) ?? []
        let sampleWords = sample.sorted().compactMap { try? String(contentsOfFile: "samples/corpus/" + $0, encoding: .utf8) }
            .flatMap { $0.split(whereSeparator: { !$0.isLetter }).map(String.init) }
        let generator = SyntheticCorpus(seed: seed, extraWords: sampleWords)
        try? FileManager.default.removeItem(atPath: folder)
        for start in stride(from: 0, to: count, by: 1_000) {
            let subfolder = folder + "/" + String(format: "%04d", start / 1_000)
            try FileManager.default.createDirectory(atPath: subfolder, withIntermediateDirectories: true)
            let texts = (start..<min(count, start + 1_000)).map { generator.article($0) }
            for (offset, text) in texts.enumerated() {
                try text.write(toFile: subfolder + "/" + String(format: "%07d", start + offset) + ".txt", atomically: false, encoding: .utf8)
            }
        }
        FileManager.default.createFile(atPath: folder + "/.complete", contents: nil)
    }
}
