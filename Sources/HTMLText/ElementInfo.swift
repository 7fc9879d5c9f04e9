/// What a drop rule may look at to decide whether an element is noise.
public struct ElementInfo: Sendable, Hashable {
    /// The lower-case tag name, for example `div`.
    public var name: String
    /// The `id` attribute, if any.
    public var id: String?
    /// The `class` attribute, if any.
    public var className: String?
    /// True when the element is hidden from readers: the `hidden` attribute,
    /// `aria-hidden="true"`, or an inline `display:none` / `visibility:hidden`.
    public var isHidden: Bool
    public init(
        name: String,
        id: String? = nil,
        className: String? = nil,
        isHidden: Bool = false
    ) {
        self.name = name
        self.id = id
        self.className = className
        self.isHidden = isHidden
    }
}

/// What to do with an element and everything inside it.
public enum DropDecision: Sendable, Equatable {
    /// Keep the element; its children are visited.
    case keep
    /// Drop the element with its content, attributing it to `rule`.
    case drop(rule: String)
    /// Drop the element unless it holds the page's main content: an
    /// `article`, `main` or `h1`, or at least ``mainContentShare`` of the
    /// page's text. A guard for guesses (class names, container tags), which
    /// must never take the story itself, as when a layout `<div
    /// class="l-sidebar-fixed">` or an ASP.NET `<form>` wraps the page.
    case dropUnlessMainContent(rule: String)

    /// The share of a page's text above which a guarded element is kept.
    public static let mainContentShare = 0.4
}
