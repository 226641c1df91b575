import Foundation

/// A linear scale from values to positions, with round tick values (1, 2 or 5 times a power of ten) that
/// cover the values and zero, so that every bar starts at the axis.
struct ChartScale: Sendable {
    /// The values at the ends of the axis, both ticks.
    let lower: Double, upper: Double
    /// The tick values, from `lower` to `upper`.
    let ticks: [Double]
    /// The step between ticks, which decides how many decimals a tick label needs.
    let step: Double
    /// Where `lower` and `upper` are drawn.
    let start: Double, end: Double

    init(values: [Double], from start: Double, to end: Double, tickCount: Int = 6) {
        let low = min(0, values.min() ?? 0), high = max(0, values.max() ?? 0)
        let span = high > low ? high - low : 1
        let rough = span / Double(max(1, tickCount - 1))
        let power = pow(10, floor(log10(rough)))
        // Counts step by whole numbers: a tick at 0.2 articles means nothing.
        let counts = values.allSatisfy { $0 == $0.rounded() }
        let step = max(counts ? 1 : 0, [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= rough } ?? 10 * power)
        self.step = step
        lower = floor(low / step) * step
        upper = max(lower + step, ceil((high > low ? high : low + 1) / step) * step)
        ticks = stride(from: lower, through: upper + step / 2, by: step).map { ($0 / step).rounded() * step }
        self.start = start
        self.end = end
    }

    /// The position of a value.
    func position(_ value: Double) -> Double {
        start + (value - lower) / (upper - lower) * (end - start)
    }

    /// A tick value as its label: as many decimals as the step needs, and no `-0`.
    func label(_ value: Double) -> String {
        let decimals = step >= 1 ? 0 : Int(ceil(-log10(step)))
        let text = String(format: "%.\(decimals)f", value)
        return text.hasPrefix("-") && Double(text) == 0 ? String(text.dropFirst()) : text
    }
}
