package dev.quarry.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.concurrent.Callable;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Score Quarry against gold annotations.",
        subcommands = {EvaluateQuotesCommand.class, EvaluateNerCommand.class, EvaluateExtractionCommand.class})
final class EvaluateCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        CommandLine.usage(this, System.err);
        return ExitCode.USAGE;
    }
}
