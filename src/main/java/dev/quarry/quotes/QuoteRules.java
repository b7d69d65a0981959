package dev.quarry.quotes;

import dev.quarry.config.ConfigException;
import dev.quarry.quotes.rules.DirectRule;
import dev.quarry.quotes.rules.ReportedRule;
import dev.quarry.quotes.rules.Rule;
import dev.quarry.quotes.rules.direct.AccordingToAfterRule;
import dev.quarry.quotes.rules.direct.ClosingVerbRule;
import dev.quarry.quotes.rules.direct.CueBeforeMarkRule;
import dev.quarry.quotes.rules.direct.CueThenSpeakerRule;
import dev.quarry.quotes.rules.direct.DashSignatureRule;
import dev.quarry.quotes.rules.direct.NameBeforeColonRule;
import dev.quarry.quotes.rules.direct.QuotedAsSayingRule;
import dev.quarry.quotes.rules.direct.SpeakerThenCueRule;
import dev.quarry.quotes.rules.direct.SubjectBeforeColonRule;
import dev.quarry.quotes.rules.direct.TranscriptTurnRule;
import dev.quarry.quotes.rules.reported.AccordingToRule;
import dev.quarry.quotes.rules.reported.AskedQuestionRule;
import dev.quarry.quotes.rules.reported.BroadCueRule;
import dev.quarry.quotes.rules.reported.ClosingCueRule;
import dev.quarry.quotes.rules.reported.CueNounRule;
import dev.quarry.quotes.rules.reported.NameColonHeadlineRule;
import dev.quarry.quotes.rules.reported.OpeningCueRule;
import dev.quarry.quotes.rules.reported.ParentheticalCueRule;
import dev.quarry.quotes.rules.reported.PassiveReportRule;
import dev.quarry.quotes.rules.reported.PhrasalCueRule;
import dev.quarry.quotes.rules.reported.PollSourceRule;
import dev.quarry.quotes.rules.reported.ReportedlyRule;
import dev.quarry.quotes.rules.reported.SeemingRule;
import dev.quarry.quotes.rules.reported.TitleCaseHeadlineRule;
import dev.quarry.quotes.rules.reported.VerbCueRule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Every quote rule by name, in the default order ({@code quotes.rules} in conf/quarry.conf), and the
 * rules a configuration selects. Order matters within a place (direct) or scope (reported): the first
 * finding stands. How places and scopes follow each other is fixed: see {@link QuoteFinder}.
 */
public final class QuoteRules {

    private static final Map<String, Supplier<Rule>> ALL = new LinkedHashMap<>();

    static {
        add(DashSignatureRule.NAME, DashSignatureRule::new);
        add(AccordingToAfterRule.NAME, AccordingToAfterRule::new);
        add(QuotedAsSayingRule.NAME, QuotedAsSayingRule::new);
        add(CueThenSpeakerRule.NAME, CueThenSpeakerRule::new);
        add(SpeakerThenCueRule.NAME, SpeakerThenCueRule::new);
        add(ClosingVerbRule.NAME, ClosingVerbRule::new);
        add(CueBeforeMarkRule.NAME, CueBeforeMarkRule::new);
        add(TranscriptTurnRule.NAME, TranscriptTurnRule::new);
        add(NameBeforeColonRule.NAME, NameBeforeColonRule::new);
        add(SubjectBeforeColonRule.NAME, SubjectBeforeColonRule::new);
        add(NameColonHeadlineRule.NAME, NameColonHeadlineRule::new);
        add(TitleCaseHeadlineRule.NAME, TitleCaseHeadlineRule::new);
        add(AccordingToRule.NAME, AccordingToRule::new);
        add(PollSourceRule.NAME, PollSourceRule::new);
        add(AskedQuestionRule.NAME, AskedQuestionRule::new);
        add(CueNounRule.NAME, CueNounRule::new);
        add(ReportedlyRule.NAME, ReportedlyRule::new);
        add(SeemingRule.NAME, SeemingRule::new);
        add(PassiveReportRule.NAME, PassiveReportRule::new);
        add(ParentheticalCueRule.NAME, ParentheticalCueRule::new);
        add(ClosingCueRule.NAME, ClosingCueRule::new);
        add(OpeningCueRule.NAME, OpeningCueRule::new);
        add(BroadCueRule.NAME, BroadCueRule::new);
        add(PhrasalCueRule.NAME, PhrasalCueRule::new);
        add(VerbCueRule.NAME, VerbCueRule::new);
    }

    private final List<DirectRule> direct;
    private final List<ReportedRule> reported;
    private final QuoteLexicons lexicons;

    private QuoteRules(List<DirectRule> direct, List<ReportedRule> reported, QuoteLexicons lexicons) {
        this.direct = List.copyOf(direct);
        this.reported = List.copyOf(reported);
        this.lexicons = lexicons;
    }

    private static void add(String name, Supplier<Rule> rule) {
        ALL.put(name, rule);
    }

    /** Every rule's name, in the default order. */
    public static List<String> defaultOrder() {
        return List.copyOf(ALL.keySet());
    }

    public static QuoteRules defaults() {
        return named(defaultOrder(), QuoteLexicons.load());
    }

    /** Checks that every name is a rule's; a name that is not is a configuration error that lists the rules. */
    public static void checkNames(List<String> names) {
        for (String name : names) {
            if (!ALL.containsKey(name)) {
                throw new ConfigException("quotes.rules: no rule is called \"" + name + "\"; the rules are " + String.join(", ", ALL.keySet()));
            }
        }
    }

    /** The named rules in the given order (see {@link #checkNames}). */
    public static QuoteRules named(List<String> names, QuoteLexicons lexicons) {
        checkNames(names);
        List<DirectRule> direct = new ArrayList<>();
        List<ReportedRule> reported = new ArrayList<>();
        for (String name : names) {
            Rule r = ALL.get(name).get();
            if (r instanceof DirectRule d) {
                direct.add(d);
            } else {
                reported.add((ReportedRule) r);
            }
        }
        return new QuoteRules(direct, reported, lexicons);
    }

    public List<DirectRule> direct() {
        return direct;
    }

    public List<ReportedRule> reported() {
        return reported;
    }

    public QuoteLexicons lexicons() {
        return lexicons;
    }
}
