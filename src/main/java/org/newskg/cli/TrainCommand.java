package org.newskg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newskg.extract.names.ClueNerReader;
import org.newskg.extract.names.LabelledText;
import org.newskg.extract.names.NameModel;
import org.newskg.extract.names.PerceptronTrainer;
import org.newskg.extract.names.TrainingDataException;
import org.newskg.nlp.HanlpSegmenter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newskg train}: learns the name model from CLUENER2020-style JSON Lines and writes its file. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Trains the name labeller (a character-level averaged perceptron over HanLP's words) "
                + "on CLUENER2020-style JSON Lines and writes the gzipped model file.",
            "The same data, options and seed give the same bytes."},
        footer = {"", "Example:",
            "  newskg train --data ../shared/eval/cluener/train.json --out src/main/resources/newskg/names/cluener-names.bin.gz"})
public final class TrainCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, paramLabel = "FILE",
            description = "JSON Lines of {\"text\", \"label\": {type: {surface: [[start, end]]}}} (end inclusive).")
    Path data;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write the model.")
    Path out;

    @Option(names = "--epochs", defaultValue = "12", description = "Passes over the data (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the order texts are visited in (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--min-count", defaultValue = "2",
            description = "Features seen fewer times are dropped (default: ${DEFAULT-VALUE}).")
    int minCount;

    @Option(names = "--max-features", defaultValue = "100000", paramLabel = "N",
            description = "Keep only the N features with the largest weights, 0 for all (default: ${DEFAULT-VALUE}: a table that small labels faster for half a point of F1).")
    int maxFeatures;

    @Option(names = "--holdout", defaultValue = "0", paramLabel = "FRACTION",
            description = "Train on all but the last FRACTION of the lines and report scores on those after each epoch "
                    + "(default: ${DEFAULT-VALUE}, train on everything).")
    double holdout;

    @Override
    public Integer call() throws Exception {
        if (epochs < 1 || minCount < 1 || maxFeatures < 0 || holdout < 0 || holdout >= 1) {
            throw new UserError("--epochs and --min-count must be at least 1, --holdout in [0, 1)");
        }
        List<LabelledText> all;
        try {
            all = ClueNerReader.read(data);
        } catch (TrainingDataException e) {
            throw new UserError(e.getMessage());
        }
        int cut = all.size() - (int) Math.round(all.size() * holdout);
        long start = System.nanoTime();
        PerceptronTrainer trainer = new PerceptronTrainer(HanlpSegmenter.instance(), System.err::println);
        NameModel model = trainer.train(all.subList(0, cut), all.subList(cut, all.size()),
                new PerceptronTrainer.Settings(epochs, seed, minCount, maxFeatures));
        OutputFile.write(out, model::writeTo);
        System.err.printf("wrote %s (%,d bytes) in %.1f s%n", out, Files.size(out), (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
