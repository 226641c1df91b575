import Foundation

/// Draws a bar chart as SVG: a title, a legend when there are several series, axes with ticks, numbers and
/// names, and one `rect` of class `bar` per value (a `polyline` of class `line` per series when a timeline
/// has too many periods for bars). Each bar holds a tooltip with its label and value.
struct BarChartSVG {
    let chart: BarChart

    private static let titleHeight = 44.0, legendRow = 20.0, margin = 20.0

    var document: String {
        chart.orientation == .horizontal ? horizontal() : vertical()
    }

    // MARK: Horizontal bars: a row per category, labels on the left

    private func horizontal() -> String {
        let labels = chart.categories.map { SVGCanvas.shortened($0, to: 40) }
        let labelWidth = min(300, (labels + [chart.categoryAxis]).map { SVGCanvas.textWidth($0) }.max() ?? 0)
        let width = 860.0
        let left = Self.margin + labelWidth + 12, right = width - 80
        let barHeight = chart.series.count == 1 ? 16.0 : 12.0
        let rowHeight = barHeight * Double(chart.series.count) + 8
        let top = Self.titleHeight + legendHeight(width: width) + 24
        let bottom = top + rowHeight * Double(chart.categories.count)
        var canvas = SVGCanvas(width: width, height: bottom + 56)
        drawHeading(on: &canvas)
        let scale = ChartScale(values: chart.series.flatMap(\.values), from: left, to: right)
        for tick in scale.ticks {
            let x = scale.position(tick)
            canvas.line(x1: x, y1: top - 6, x2: x, y2: bottom, stroke: "#e3e3e3", className: "grid")
            canvas.line(x1: x, y1: bottom, x2: x, y2: bottom + 5, stroke: "#333333", className: "tick")
            canvas.text(scale.label(tick), x: x, y: bottom + 18, anchor: "middle", className: "tick-label")
        }
        canvas.line(x1: left, y1: bottom, x2: right, y2: bottom, stroke: "#333333", className: "axis")
        canvas.text(chart.valueAxis, x: (left + right) / 2, y: bottom + 42, anchor: "middle", className: "axis-label", weight: "bold")
        canvas.text(chart.categoryAxis, x: left - 10, y: top - 10, anchor: "end", className: "axis-label", weight: "bold")
        let zero = scale.position(0)
        for (row, label) in labels.enumerated() {
            let rowTop = top + rowHeight * Double(row) + 4
            canvas.text(label, x: left - 10, y: rowTop + rowHeight / 2, anchor: "end", className: "label")
            for (index, series) in chart.series.enumerated() {
                let value = series.values[row], end = scale.position(value)
                let y = rowTop + barHeight * Double(index)
                canvas.add("rect", ["class": "bar", "x": min(zero, end), "y": y, "width": abs(end - zero), "height": barHeight - 1,
                                    "fill": color(of: index, value: value)],
                           tooltip: "\(chart.categories[row])\(chart.series.count > 1 ? ", \(series.name)" : ""): \(Self.format(value))")
                canvas.text(Self.format(value), x: value < 0 ? end - 4 : end + 4, y: y + barHeight - 4, anchor: value < 0 ? "end" : "start",
                            className: "value", size: 10)
            }
        }
        canvas.line(x1: zero, y1: top - 6, x2: zero, y2: bottom, stroke: "#333333", className: "axis")
        return canvas.document
    }

    // MARK: Vertical bars or lines: periods along the bottom

    private func vertical() -> String {
        let count = chart.categories.count
        let width = min(1100, max(560, 90 + Double(count) * 30))
        let left = 80.0, right = width - Self.margin
        let top = Self.titleHeight + legendHeight(width: width) + 16, bottom = top + 320
        var canvas = SVGCanvas(width: width, height: bottom + 64)
        drawHeading(on: &canvas)
        let scale = ChartScale(values: chart.series.flatMap(\.values), from: bottom, to: top)
        for tick in scale.ticks {
            let y = scale.position(tick)
            canvas.line(x1: left, y1: y, x2: right, y2: y, stroke: "#e3e3e3", className: "grid")
            canvas.line(x1: left - 5, y1: y, x2: left, y2: y, stroke: "#333333", className: "tick")
            canvas.text(scale.label(tick), x: left - 8, y: y + 4, anchor: "end", className: "tick-label")
        }
        canvas.text(chart.valueAxis, x: 22, y: (top + bottom) / 2, anchor: "middle", className: "axis-label", weight: "bold", rotation: -90)
        let slot = (right - left) / Double(max(1, count))
        // Every nth period is named, n chosen so that names never touch.
        let widest = chart.categories.map { SVGCanvas.textWidth($0) }.max() ?? 0
        let every = max(1, Int((Double(count) * (widest + 10) / (right - left)).rounded(.up)))
        for (index, category) in chart.categories.enumerated() where index % every == 0 {
            let x = left + slot * (Double(index) + 0.5)
            canvas.line(x1: x, y1: bottom, x2: x, y2: bottom + 5, stroke: "#333333", className: "tick")
            canvas.text(category, x: x, y: bottom + 18, anchor: "middle", className: "label")
        }
        canvas.text(chart.categoryAxis, x: (left + right) / 2, y: bottom + 46, anchor: "middle", className: "axis-label", weight: "bold")
        let zero = scale.position(0)
        if chart.drawsLines {
            for (index, series) in chart.series.enumerated() {
                let points = series.values.enumerated().map { period, value in
                    "\(SVGCanvas.number(left + slot * (Double(period) + 0.5))),\(SVGCanvas.number(scale.position(value)))"
                }
                canvas.add("polyline", ["class": "line", "points": points.joined(separator: " "), "fill": "none",
                                        "stroke": color(of: index, value: 0), "stroke-width": 1.5], tooltip: series.name)
            }
        } else {
            let barWidth = slot * 0.8 / Double(chart.series.count)
            for (period, category) in chart.categories.enumerated() {
                for (index, series) in chart.series.enumerated() {
                    let value = series.values[period], end = scale.position(value)
                    canvas.add("rect", ["class": "bar", "x": left + slot * (Double(period) + 0.1) + barWidth * Double(index), "y": min(zero, end),
                                        "width": barWidth, "height": abs(zero - end), "fill": color(of: index, value: value)],
                               tooltip: "\(category)\(chart.series.count > 1 ? ", \(series.name)" : ""): \(Self.format(value))")
                }
            }
        }
        canvas.line(x1: left, y1: zero, x2: right, y2: zero, stroke: "#333333", className: "axis")
        canvas.line(x1: left, y1: top, x2: left, y2: bottom, stroke: "#333333", className: "axis")
        return canvas.document
    }

    // MARK: Parts of both

    private func drawHeading(on canvas: inout SVGCanvas) {
        let limit = Int((canvas.width - 2 * Self.margin) / SVGCanvas.textWidth("x", size: 15))
        canvas.text(SVGCanvas.shortened(chart.title, to: limit), x: Self.margin, y: 28, className: "title", size: 15, weight: "bold")
        guard chart.series.count > 1 else { return }
        for (index, (series, place)) in zip(chart.series, legendPlaces(width: canvas.width)).enumerated() {
            canvas.add("rect", ["class": "legend-swatch", "x": place.x, "y": place.y, "width": 14, "height": 14, "fill": color(of: index, value: 0)])
            canvas.text(series.name, x: place.x + 20, y: place.y + 11, className: "legend")
        }
    }

    /// Where each legend entry goes: in rows under the title, a new row when the next entry would not fit.
    private func legendPlaces(width: Double) -> [(x: Double, y: Double)] {
        var x = Self.margin, y = Self.titleHeight + 4
        return chart.series.map { series in
            let entryWidth = 22 + SVGCanvas.textWidth(series.name) + 18
            if x + entryWidth > width - Self.margin, x > Self.margin {
                x = Self.margin
                y += Self.legendRow
            }
            defer { x += entryWidth }
            return (x, y)
        }
    }

    /// The height the legend's rows take at this width, so the plot begins below them.
    private func legendHeight(width: Double) -> Double {
        guard chart.series.count > 1, let last = legendPlaces(width: width).last else { return 0 }
        return last.y - Self.titleHeight + Self.legendRow
    }

    private func color(of series: Int, value: Double) -> String {
        if chart.colorsBySign { return value < 0 ? SVGCanvas.negative : SVGCanvas.positive }
        return SVGCanvas.palette[series % SVGCanvas.palette.count]
    }

    /// A value as its bar's label: whole numbers without decimals, measures with two.
    static func format(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(format: "%.2f", value)
    }
}
