import Foundation
import KrantQuery
import KrantRender

/// Charts: a statement ending in `plot "FILE"` and the `.plot FILE` command write the rows as a chart file.
extension Shell {
    /// Writes the chart a result asks for instead of its rows, and says so in one line on standard error, where
    /// it stays out of results sent to a file or a pipe. False, with the reason, when the file cannot be written.
    func writeChart(of result: QueryResult, as request: PlotRequest) -> Bool {
        do {
            try writeChartFile(of: result, as: request)
            return true
        } catch {
            errors.write("error: \(error)\n")
            return false
        }
    }

    private func writeChartFile(of result: QueryResult, as request: PlotRequest) throws {
        let chart = ChartFile(result, request: request)
        let file = try Self.openForWriting(UserPath.expanded(request.path))
        file.write(chart.text)
        if let failure = file.takeFailure() { throw ShellError("cannot write the chart to '\(request.path)': \(failure)") }
        errors.write("wrote \(request.path) (\(chart.contents))\n")
    }

    /// `.plot [network] FILE`: the last result as a chart, checked as the `plot` stage checks it.
    func plotLastResult(_ argument: String) throws {
        var words = argument.split(separator: " ", maxSplits: 1).map(String.init)
        let network = words.count == 2 && words[0].lowercased() == "network"
        if network { words.removeFirst() }
        let path = words.joined(separator: " ").trimmingCharacters(in: .init(charactersIn: "\"' "))
        _ = try corpus(for: "plot")
        guard !path.isEmpty else { throw ShellError("give the file to write: .plot FILE.svg, or .plot network FILE.svg after cooccur") }
        guard let lastResult else {
            throw ShellError("there is no result to plot yet; run a statement first, such as: articles | timeline by month")
        }
        let request: PlotRequest
        do {
            request = try PlotRequest(path: path, network: network, title: lastResultTitle, result: lastResult)
        } catch {
            throw ShellError(error.description)
        }
        try writeChartFile(of: lastResult, as: request)
    }
}
