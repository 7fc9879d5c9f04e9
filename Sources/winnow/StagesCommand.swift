import ArgumentParser
import WinnowCore

/// `winnow stages`: what can go in pipeline.json.
struct StagesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stages",
        abstract: "List every stage with its options, types, defaults and a one-line description."
    )

    @Flag(help: "Print the list as JSON.")
    var json = false

    func run() {
        let catalogue = StageCatalogue()
        print(json ? catalogue.json.serialized(pretty: true) : catalogue.text)
    }
}

/// `winnow validate`: check a configuration without running it.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a pipeline configuration and print the stages it would run."
    )

    @Option(name: .shortAndLong, help: ArgumentHelp("The pipeline configuration.", valueName: "file"))
    var config = "pipeline.json"

    func run() throws {
        do {
            let configuration = try PipelineConfiguration.load(contentsOf: config)
            print("\(config): OK")
            print(configuration.resolved.serialized(pretty: true))
        } catch {
            printError("error: \(error)")
            throw ExitStatus.usage.exitCode
        }
    }
}
