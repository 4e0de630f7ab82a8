using System.Numerics.Tensors;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using NewsBot.Core.Retrieval;
using NewsBot.Core.Storage;
using NewsBot.Core.Text;

namespace NewsBot.Core.Answering;

/// <summary>
/// The offline answerer. It trusts retrieval to name the best article and quotes the sentence that answers best, by
/// meaning and by the question's key words; further articles that retrieval scores nearly as high are given their own
/// sentence and citation, attributed to their outlet, and where outlets give different figures it says so. It declines
/// when no sentence answers, or when a name or thing the question asks about is in no indexed article.
/// </summary>
internal sealed class ExtractiveAnswerService(
    IRetriever retriever,
    IEmbeddingGenerator<string, Embedding<float>> embedder,
    IChunkStore store,
    IOptions<AnswerOptions> options,
    ILogger<ExtractiveAnswerService> logger) : IAnswerService
{
    public const string DeclineText = "I couldn't find this in the indexed news.";

    /// <summary>How many leading articles have their sentences compared with the question by meaning.</summary>
    private const int ArticlesByMeaning = 4;

    /// <summary>The least share of the best article's retrieval score at which an article with a clearly better sentence is cited too.</summary>
    private const double ClearerShare = 0.3;

    /// <summary>How much more a sentence of a lower article must score than the best article's to count as answering clearly better.</summary>
    private const double ClearerMargin = 0.1;

    private readonly UnindexedThings unindexedThings = new(embedder);

    private readonly WordsAlike wordsAlike = new(embedder);

    public async Task<GroundedAnswer> AnswerAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        // "wich boat sank" asks which boat, "@newsbot how many ppl visited" how many people: the asking word and chat
        // shorthand are read as meant, "give me a quick summary of" as "tell me about", and the answer keeps the question
        // as asked.
        var mended = PhrasalVerbs.Mend(RequestWording.Mend(AskingWord.Mend(ChatShorthand.Mend(request.Question))));
        var answer = await AnswerMendedAsync(request with { Question = mended }, cancellationToken);

        // "How many people died in the flood", which no story counts, is answered by one saying "No injuries were reported".
        if (answer.Declined && HarmCount.AsWhetherAny(mended) is { } whetherAny
            && await AnswerMendedAsync(request with { Question = whetherAny }, cancellationToken) is { Declined: false } fared)
        {
            answer = fared;
        }

        return answer with { Question = request.Question };
    }

    private async Task<GroundedAnswer> AnswerMendedAsync(AnswerRequest request, CancellationToken cancellationToken)
    {
        // "Which cost more, the library or the children's ward": each is asked of on its own, and both answers given.
        if (Comparison.Of(request.Question) is { } comparison)
        {
            var first = await AnswerMendedAsync(request with { Question = comparison.FirstQuestion }, cancellationToken);
            var second = await AnswerMendedAsync(request with { Question = comparison.SecondQuestion }, cancellationToken);
            return comparison.Join(request.Question, first, second);
        }

        var retrieval = await RetrieveAsync(request, cancellationToken);

        // A question naming an outlet ("what did the Harbour Gazette say about the tram cost") is answered from that
        // outlet's articles only, as if asked with --source, and without the outlet's name among what it asks about.
        if (request.Filter.Outlets.Count == 0 && NamedOutlet.Find(request.Question, retrieval.Articles.Select(a => a.Outlet)) is { } named)
        {
            var narrowed = request with { Question = named.Question, Filter = request.Filter with { Outlets = named.Outlets } };

            // "What do the Gazette and the Courier disagree about": where those two differ, whatever the topic.
            if (OutletsDiffer.Asks(request.Question, Terms.Keywords(named.Question)))
            {
                return await OutletsDifferAsync(request with { Filter = narrowed.Filter }, retrieval, [], cancellationToken);
            }

            var answer = await AnswerFromAsync(narrowed, await RetrieveAsync(narrowed, cancellationToken), cancellationToken);
            return answer with { Question = request.Question };
        }

        return await AnswerFromAsync(request, retrieval, cancellationToken);
    }

    /// <summary>Where the outlets differ, within the request's outlets and the window retrieval read (see <see cref="OutletsDiffer"/>).</summary>
    private Task<GroundedAnswer> OutletsDifferAsync(AnswerRequest request, RetrievalResult retrieval, List<UsedPassage> passages, CancellationToken cancellationToken) =>
        new OutletsDiffer(store, embedder, options.Value.MaxWords).ComposeAsync(request, retrieval, passages, cancellationToken);

    private Task<RetrievalResult> RetrieveAsync(AnswerRequest request, CancellationToken cancellationToken) =>
        retriever.RetrieveAsync(
            new RetrievalRequest(request.Question) { AskedAt = request.AskedAt, Filter = request.Filter, MaxArticles = 6, PassagesPerArticle = 6 },
            cancellationToken);

    private async Task<GroundedAnswer> AnswerFromAsync(AnswerRequest request, RetrievalResult retrieval, CancellationToken cancellationToken)
    {
        // "Who wrote the Gazette's article about the tram vote" is answered by the byline of the story the topic is
        // answered from, asked of the outlet named.
        if (Writer.Topic(request.Question) is { } topic)
        {
            var onTopic = request with { Question = topic };
            var about = await AnswerFromAsync(onTopic, await RetrieveAsync(onTopic, cancellationToken), cancellationToken);
            return about.Declined || about.Citations.Count == 0
                ? about with { Question = request.Question }
                : await Writer.ComposeAsync(request.Question, about, store, cancellationToken);
        }

        var settings = options.Value;
        var passages = retrieval.Articles.SelectMany(a => a.Passages.Select(p => new UsedPassage(a.ArticleId, p.ChunkId, p.Score))).ToList();
        // A question typed without capitals names what the retrieved stories only ever write as a name ("lumen"), read as
        // spelling mended it ("the skery islands" names the Skerry Islands).
        var lowerCaseNames = QuestionNames.WrittenAsNameGroups(retrieval.SearchText, RetrievedTexts(retrieval));
        // "Where do the outlets disagree": the events two outlets report with different figures, whatever the topic.
        if (OutletsDiffer.Asks(request.Question, retrieval.Keywords))
        {
            return await OutletsDifferAsync(request, retrieval, passages, cancellationToken);
        }

        if (Briefing.Asks(request.Question, retrieval.Keywords, lowerCaseNames, retrieval.Window is not null))
        {
            return await new Briefing(store, embedder, settings.MaxWords, CitationCheckSettings.From(settings)).ComposeAsync(request, retrieval, passages, cancellationToken);
        }

        var sentences = SentenceScorer.Split(retrieval);
        var (meaning, focusMeaning, rest, counted) = await MeaningAsync(request.Question, retrieval, sentences, settings, cancellationToken);
        var scorer = SentenceScorer.For(request.Question, retrieval, sentences, meaning, focusMeaning, counted, rest);
        var picks = retrieval.Articles.Select(scorer.Rank).Where(s => s.Count > 0).ToList();

        // Decline unless some sentence of a leading article answers and the article names every name the question
        // does, and every thing the question asks about is indexed; then trust retrieval's first such article.
        var names = (QuestionNames.Groups(request.Question) is { Count: > 0 } capitalised ? capitalised : lowerCaseNames)
            .Select(n => new QuestionName([.. n.Words.Select(w => retrieval.Corrections.GetValueOrDefault(w, w))]))
            .ToList();
        var description = AnswerDescription.Of(request.Question);
        var preamble = PreambleNames(request.Question, names);
        var stories = new StoryWords(store, retrieval);
        List<string>? lacking = null;
        // "How much did it cost" is answered only by an article that gives a sum: its other figures do not say. "How tall
        // are the turbines" only by one whose answering sentences give a length: "winds of 110 kilometres per hour" do not.
        var figureAsked = FigureKind.Asks(request.Question);
        // "What time does the library open" likewise only by one giving a time of day: "reopened on Tuesday" does not say.
        var clockAsked = ClockTime.Asks(request.Question);
        // "What did Ida Sund say after the match" only by one reporting a saying: "scored the winner" says nothing.
        var speechAsked = Speech.Asked(request.Question);
        // Who is asked to have said it, unless an outlet ("what did the gazette say"): an outlet says its whole story.
        var outletWords = retrieval.Articles.SelectMany(a => Terms.Words(a.Outlet ?? string.Empty)).ToHashSet(StringComparer.Ordinal);
        var speaker = speechAsked ? Speech.Speaker(request.Question) : [];
        speaker = speaker.Any(outletWords.Contains) ? [] : speaker;
        // "What is the name of the new tram depot" only by one naming something beside "depot" (see SentenceScorer.HoldsKind).
        var namedPhrase = SentenceScorer.NamedPhrase(request.Question);
        var nameAsked = namedPhrase.Count > 0;
        // "How many homes lost power" likewise: only by an article that counts homes (or something meaning them) or gives
        // a bare count; one a little further down that names the count ("21,000 pages") may answer too.
        var countedStems = CountedStems(retrieval.SearchText, counted);
        // "Who is the head of the regional health board" likewise: only by a sentence naming someone, not by "the regional
        // health board paid 14 million crowns for it".
        var whoIsAsked = AnswerKinds.AsksWhoHoldsARole(request.Question);
        var subjectAndVerb = QuestionThings.SubjectAndVerb(retrieval.SearchText, QuestionNames.Of(request.Question)) is { } sv
            ? (Subject: retrieval.Corrections.GetValueOrDefault(sv.Subject, sv.Subject), sv.Verb, sv.Phrase)
            : ((string Subject, string Verb, string Phrase)?)null;
        var topics = QuestionThings.Topics(request.Question, retrieval.Keywords);
        var questionStems = retrieval.Keywords.Select(Terms.Stem).ToHashSet(StringComparer.Ordinal);

        // What a tally's verb must be ("voted" of "voted 7 to 4"): a word of the question other than the thing counted.
        var tallied = countedStems is null ? questionStems : questionStems.Except(countedStems).ToHashSet(StringComparer.Ordinal);
        var answering = await AnsweringAsync();

        // "How much of the library's power comes from the sun": when no leading article answers in the question's words,
        // one may in its own ("the solar panels are expected to cover about half of the building's electricity"). Looked
        // for only then: comparing every word of the stories costs time (40 to 60 ms more at p95 in the ask benchmark,
        // whose questions all decline), and letting such words choose sentences lost answers on both dev sets. Looking
        // only when a leading article comes near (see Touches) lost "any sports news" and saved little.
        if (answering.Count == 0)
        {
            var leading = retrieval.Articles.Take(ArticlesByMeaning).SelectMany(a => sentences.GetValueOrDefault(a.ArticleId) ?? []).ToList();
            var alike = await wordsAlike.FindAsync(retrieval.Keywords, leading, WordsAlike.SameMeaning, cancellationToken);
            if (alike.Count > 0)
            {
                scorer = SentenceScorer.For(request.Question, retrieval, sentences, meaning, focusMeaning, counted, rest, alike);
                picks = [.. retrieval.Articles.Select(scorer.Rank).Where(s => s.Count > 0)];
                lacking = null;
                answering = await AnsweringAsync();
            }
        }

        if (answering.Count == 0)
        {
            return Decline(NoAnswerReason(picks, lacking, settings));
        }

        var kindAsked = AnswerKinds.Of(request.Question);
        var dateAsked = kindAsked == AnswerKind.Date;
        var askedVerb = AskedVerb.Of(request.Question);
        var best = BestOf(answering);

        // Checked of the article that answers, which a count or date asked may have made one further down: "how many people
        // voted in the Port Ellery council election" is not answered by a factory that employs 400 people.
        if (await unindexedThings.AsksAboutTheUnindexedAsync(request.Question, retrieval, best, settings, stories, cancellationToken) is { } unindexed)
        {
            // "What do the fishermen get for losing their grounds": when the rescue story that leads never mentions grounds,
            // the wind farm story that answers further down and does is the one to answer from, not a reason to decline.
            // It must give a count or a date asked for as the leading one had to.
            List<SentenceCandidate>? holding = null;
            foreach (var other in answering.Where(a => a != best && (countedStems is null || NamesCount(a, countedStems, tallied, settings)) && (!dateAsked || GivesTheKind(a, settings))))
            {
                if (await unindexedThings.AsksAboutTheUnindexedAsync(request.Question, retrieval, other, settings, stories, cancellationToken) is null)
                {
                    holding = other;
                    break;
                }
            }

            if (holding is null)
            {
                return Decline(unindexed);
            }

            best = holding;
        }

        // "When will the flood defences be finished" is not answered by a flood report that gives only the day it flooded.
        // "Until what time will the library open" asks for a time of day, which the clock check has found.
        if (!clockAsked && SentenceScorer.AsksAhead(request.Question, kindAsked) && !GivesTheKind(best, settings))
        {
            return Decline("no answering sentence gives a date ahead");
        }

        // "Did anyone die in the ferry strike" is not answered by a strike story that never says how anyone fared.
        if (kindAsked == AnswerKind.Harm && !best.Any(c => c.FitsKind))
        {
            return Decline("no answering sentence says how anyone fared");
        }

        // "Who designed the new library roof" is not answered by the chief librarian of a story that never says "designed",
        // nor "when was the hospital built" by the day it opened a ward. "Were the fishermen injured" is, by a sentence
        // saying how they fared ("treated for cold and released"), in whatever words.
        if (askedVerb is not null
            && AskedVerb.Unsaid(request.Question, askedVerb, await stories.StemsAsync(best[0].Article, cancellationToken)) is { } verb
            && !(kindAsked == AnswerKind.Harm && AnswerKinds.AsksHarmWith(verb) && best.Any(c => c.FitsKind))
            && await unindexedThings.NearestWordAsync(verb, best, null, cancellationToken) < settings.UnknownWordSimilarity)
        {
            return Decline($"the answering story never says '{verb}' nor a word meaning it");
        }

        // "Who will build the tram" is not answered by a factory "that will build warehouse robots".
        if (AskedVerb.WithObject(request.Question) is { } done && AskedVerb.SaysOnlyOfAnother(done.Verb, done.Object, best.Select(c => (c.Text, c.IsHeadline))))
        {
            return Decline($"the answering story says '{done.Verb}' only of something else than '{done.Object}'");
        }

        // "What's the latest with the tram" asks for the tram's stories: a further one must be headlined with the topic, not
        // a factory story that mentions "the planned tram line".
        var topicStems = Briefing.AskingWords(request.Question).Count > 0 ? topics.Select(Terms.Stem).ToHashSet(StringComparer.Ordinal) : [];
        var nameWords = names.SelectMany(n => n.Words).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        Func<string, bool>? figure = figureAsked ? text => FigureKind.Fits(request.Question, text) : null;
        var chosen = new List<List<SentenceCandidate>> { AnswerComposer.Lead(best, settings) };

        // "When will the tram be finished", led by "Work is expected to finish in 2029": another date that does not say
        // the verb is of something else ("Construction is due to begin in the spring", a factory's hiring "by the end of
        // next year"), so it is not added.
        // Nor is what someone said ("what did the mayor say about the tram") added to by another's saying ("Supporters say
        // the line will cut the journey").
        Func<SentenceCandidate, bool> sameEvent = dateAsked && AskedVerb.Done(request.Question, kindAsked) is { } datedVerb && chosen[0].Any(s => AskedVerb.Says(datedVerb, s.Text))
            ? s => !s.FitsKind || AskedVerb.Says(datedVerb, s.Text)
            : speaker.Count > 0 ? s => !Speech.ByAnother(s.Text, speaker)
            : _ => true;
        AnswerComposer.Extend(chosen, best, kindAsked, settings, account: request.Filter.Outlets.Count > 0 && kindAsked == AnswerKind.Any, admits: sameEvent);
        foreach (var other in picks.Where(p => p != best))
        {
            if (chosen.Count >= settings.MaxSources)
            {
                break;
            }

            var newOutlet = !chosen.Any(c => SameOutlet(c[0].Article, other[0].Article));
            var ratio = newOutlet ? settings.OtherOutletRatio : settings.SecondSourceRatio;
            var share = other[0].Article.Score / best[0].Article.Score;
            var fuller = (share >= settings.FullerSourceRatio && other[0].Score >= best[0].Score) || Clearer(other[0], best[0], share);
            if (!(share >= ratio || fuller))
            {
                continue;
            }

            // A further source is held to the same names as the first: a ferry story does not speak for a Millbrook flood.
            // Checked only for an article that scores close enough, as it reads the article.
            if (NamesEnough(await stories.MissingNamesAsync(other[0].Article, names, description, cancellationToken), names, preamble)
                && await LacksTheLeadsTopicAsync(other, best) is null
                && (topicStems.Count == 0 || QuestionKeywords.Stems(other[0].Article.Title).Overlaps(topicStems))
                && !await SaysItOfAnotherAsync(other)
                && AnswerComposer.Fresh(other, chosen, newOutlet || fuller, dateAsked || nameAsked, countedStems, settings, figure, sameEvent) is { } fresh
                && await unindexedThings.SaysMoreThanTheNamesAsync(retrieval, nameWords, fresh[0], settings, cancellationToken))
            {
                chosen.Add(fresh);
            }
        }

        return AnswerComposer.Compose(request.Question, retrieval, chosen, passages, countedStems, settings);

        // The answering article to answer from. A count asked for ("how many pages were seized") is given by an article
        // saying "21,000 pages" before one saying "more than 100". A date asked for ("when will the tram open") by an
        // article that gives one, not by a factory story that mentions the planned tram line; but not by one retrieval
        // finds much less near ("when will interest rates be cut" is not answered by a tram that will "cut the journey"
        // next spring). Someone asked for ("who is in charge of the harbour") by an article that leads with a sentence
        // naming someone ("Harbour master Jonas Lind said"), not one leading with "refunds at the harbour office", if it
        // says the verb asked ("who opposed the tram" is not answered by a report that never says so).
        List<SentenceCandidate> BestOf(List<List<SentenceCandidate>> found)
        {
            var first = found[0];
            bool Near(List<SentenceCandidate> other) => other[0].Article.Score >= settings.SecondSourceRatio * first[0].Article.Score;
            if (countedStems is not null && !NamesCount(first, countedStems, tallied, settings))
            {
                return found.FirstOrDefault(a => NamesCount(a, countedStems, tallied, settings)) ?? first;
            }

            if (dateAsked && !GivesTheKind(first, settings))
            {
                return found.FirstOrDefault(a => GivesTheKind(a, settings) && Near(a)) ?? first;
            }

            if (kindAsked == AnswerKind.Person && AnswerComposer.LeadSentence(first, settings) is { FitsKind: false })
            {
                return found.FirstOrDefault(a => AnswerComposer.LeadSentence(a, settings) is { FitsKind: true, IsHeadline: false } && Near(a)
                    && (askedVerb is null || a.Any(c => AskedVerb.Says(askedVerb, c.Text)))) ?? first;
            }

            return first;
        }

        // The leading articles that answer, best first: each holds a sentence that answers in the kind asked and names
        // what the question names. A count or a figure of a kind asked ("what percentage of the population will see the
        // eclipse") may be given by one of the next three when the first three give none.
        async Task<List<List<SentenceCandidate>>> AnsweringAsync()
        {
            var found = new List<List<SentenceCandidate>>();
            var considered = picks.Take(3).Concat(picks.Skip(3).Take(3).Where(s => countedStems is not null ? NamesCount(s, countedStems, tallied, settings)
                : figureAsked && AnswersWith(s, settings, text => FigureKind.Fits(request.Question, text))));
            foreach (var candidate in considered)
            {
                var shortOf = !Answers(candidate, settings) ? "no sentence answers"
                    : figureAsked && !AnswersWith(candidate, settings, text => FigureKind.Fits(request.Question, text)) ? "no answering sentence gives the figure asked"
                    : clockAsked && !AnswersWith(candidate, settings, ClockTime.In) ? "no answering sentence gives a time of day"
                    : speechAsked && !AnswersWith(candidate, settings, Speech.In) ? "no answering sentence reports a saying"
                    : (nameAsked || whoIsAsked) && !candidate.Any(c => c.FitsKind && c.Answers(settings)) ? (nameAsked ? "no answering sentence names what is asked" : "no answering sentence names anyone")
                    : countedStems is not null && !candidate.Any(c => CountedThing.Counts(c.Text, countedStems, asked: tallied)) ? "no sentence counts what is asked"
                    : null;
                if (shortOf is not null)
                {
                    Log.PassedOver(logger, candidate[0].Article.Title, request.Question, shortOf);
                    continue;
                }

                // "What did the mayor say about the ferry strike": a ferry story that never names the mayor does not say.
                // "What did the Lumen boss say": a leader's word is said by a leader's title ("Chief executive Nils Arvid").
                var unsaidSpeaker = speaker.Any(QuestionThings.IsLeader) && UnindexedThings.NamesALeader(candidate.Select(c => c.Text)) ? [.. speaker.Where(w => !QuestionThings.IsLeader(w))] : speaker;
                if (unsaidSpeaker.Count > 0 && await stories.LacksDistinguishingWordAsync(unsaidSpeaker, candidate[0].Article, cancellationToken) is { } unnamed)
                {
                    Log.PassedOver(logger, candidate[0].Article.Title, request.Question, $"it never names '{unnamed}'");
                    continue;
                }

                // "What is the name of the ferry company": a factory story naming its company does not say; the word that
                // sets the thing apart ("ferry") must be in the story too.
                if (nameAsked && await stories.LacksDistinguishingWordAsync(namedPhrase.SkipLast(1), candidate[0].Article, cancellationToken) is { } word)
                {
                    Log.PassedOver(logger, candidate[0].Article.Title, request.Question, $"it lacks '{word}'");
                    continue;
                }

                // "How many electric buses": a story counting buses of no kind said does not say either, when no story writes the
                // kind as asked ("new" or "positive" often goes unsaid by the story that answers; measured on both dev sets).
                if (countedStems is not null && await stories.LacksDistinguishingWordAsync(CountedThing.Describing(retrieval.SearchText).Where(w => retrieval.Unknown.Contains(w) || retrieval.Corrections.ContainsKey(w)), candidate[0].Article, cancellationToken) is { } kind)
                {
                    Log.PassedOver(logger, candidate[0].Article.Title, request.Question, $"it lacks '{kind}'");
                    continue;
                }

                // "When does the tram open" is not answered by a factory that "opened" in a story that mentions the planned
                // tram line: the sentence saying the verb must say it of the subject asked about, in its words or in others
                // that mean it ("the first sailing would leave" for "when does the first ferry leave").
                if (subjectAndVerb is { } asked && await SaysItOfAnotherAsync(candidate))
                {
                    Log.PassedOver(logger, candidate[0].Article.Title, request.Question, $"it says '{asked.Verb}' of something other than '{asked.Subject}'");
                    continue;
                }

                // "When do the tram works start": when the tram stories are passed over, a ferry story whose crews "go back to
                // work" does not answer instead; a further article must hold what the question asks about that the leading
                // article holds, as a further source must, or words meaning it. A question naming something ("Boris Johnson")
                // has the names' rule below to keep to its story, which a report may word otherwise ("lawmaker" for "MP").
                if (names.Count == 0 && candidate != picks[0] && await LacksTheLeadsTopicAsync(candidate, picks[0]) is { } lackedTopic)
                {
                    Log.PassedOver(logger, candidate[0].Article.Title, request.Question, $"it lacks '{lackedTopic}', which the leading article holds, and no word of its answer means it");
                    continue;
                }

                var missing = await stories.MissingNamesAsync(candidate[0].Article, names, description, cancellationToken);
                if (NamesEnough(missing, names, preamble))
                {
                    found.Add(candidate);
                }
                else
                {
                    Log.PassedOver(logger, candidate[0].Article.Title, request.Question, $"it lacks {string.Join(", ", missing.Select(n => $"'{n}'"))}");
                    lacking ??= missing;
                }
            }

            return found;
        }

        // A word the answer says for the topic ("congestion pricing" for "congestion charging") holds it.
        async Task<string?> LacksTheLeadsTopicAsync(List<SentenceCandidate> ranked, List<SentenceCandidate> lead)
        {
            foreach (var topic in await stories.LeadsTopicsLackedAsync(topics, lead[0].Article, ranked[0].Article, cancellationToken))
            {
                if (await unindexedThings.NearestWordAsync(topic, ranked, questionStems, cancellationToken) < settings.UnknownWordSimilarity)
                {
                    return topic;
                }
            }

            return null;
        }

        async Task<bool> SaysItOfAnotherAsync(List<SentenceCandidate> ranked) =>
            subjectAndVerb is { } asked && SaysTheVerbOfAnother(ranked, asked.Phrase, asked.Subject, asked.Verb, settings) is { } another
            && (another.Length == 0 || await SimilarityAsync(asked.Phrase, another, cancellationToken) < settings.UnknownWordSimilarity);

        // The decline names the nearest articles, uncited, so the asker can see what the news does hold.
        GroundedAnswer Decline(string reason)
        {
            Log.Declined(logger, request.Question, reason);
            return new GroundedAnswer(request.Question, retrieval.AskedAt, DeclineText, Declined: true, [], passages)
            {
                Nearest = [.. picks.Where(s => Touches(s, settings)).Take(3).Select(s => Nearby(s[0].Article))],
            };
        }
    }

    /// <summary>
    /// Whether a further article that retrieval scores well below the best (down to <see cref="ClearerShare"/> of it) holds
    /// a sentence that answers clearly better than the best article's: it scores <see cref="ClearerMargin"/> more and is
    /// at least as near the question in meaning. Words shared with the question rank articles; the sentence that says
    /// the answer ("who guided her native Netherlands to victory at Euro 2017") may stand in a story about something else.
    /// </summary>
    private static bool Clearer(SentenceCandidate other, SentenceCandidate best, double share) =>
        share >= ClearerShare && other.Score >= best.Score + ClearerMargin && other.Similarity >= best.Similarity;

    /// <summary>
    /// When the sentence an article's answer would lead with (with the one naming its pronoun) says the question's verb,
    /// or a word of its family ("opened" for "open"), without its subject: the words it says the verb of ("Lumen
    /// Robotics"), or an empty string when it has none right before the verb. Null when it does not say the verb, also
    /// holds the subject, or stands in a story headlined with a word of the subject's phrase (<paramref name="phrase"/>).
    /// </summary>
    private static string? SaysTheVerbOfAnother(List<SentenceCandidate> ranked, string phrase, string subject, string verb, AnswerOptions settings)
    {
        if (AnswerComposer.LeadSentence(ranked, settings) is not { } lead)
        {
            return null;
        }

        // A story headlined with the subject says the verb of a part of it: "The renovation cost 6.8 million crowns" in
        // "Old harbour library reopens" is what the library cost. So does one headlined with what the subject is part
        // of: "construction would start next spring" in "Council approves tram extension" says when the tram works start.
        var title = QuestionKeywords.Stems(ranked[0].Article.Title);
        if (QuestionKeywords.Stems(phrase).Any(title.Contains))
        {
            return null;
        }

        var stems = QuestionKeywords.Stems(lead.Antecedent is { } before ? before + " " + lead.Text : lead.Text);
        var stem = Terms.Stem(verb);
        bool IsVerb(string s) => AskedVerb.OfFamily(stem, s);
        return stems.Any(IsVerb) && !stems.Contains(Terms.Stem(subject)) ? SubjectOfVerb.In(lead.Text, IsVerb) ?? string.Empty : null;
    }

    /// <summary>The headlines and passages retrieval found.</summary>
    private static IEnumerable<string> RetrievedTexts(RetrievalResult retrieval) =>
        retrieval.Articles.SelectMany(a => a.Passages.Select(p => p.Text).Prepend(a.Title));

    /// <summary>The cosine between the meanings of two short texts.</summary>
    private async Task<double> SimilarityAsync(string first, string second, CancellationToken cancellationToken)
    {
        var vectors = await embedder.GenerateAsync([first, second], cancellationToken: cancellationToken);
        return TensorPrimitives.CosineSimilarity(vectors[0].Vector.Span, vectors[1].Vector.Span);
    }

    /// <summary>
    /// For a "how many X" question, the stems a figure's following words may have to count what it asks: X, the
    /// words after figures that mean it (<paramref name="counted"/>) and, for people, people of any kind ("6,000 fans");
    /// null for any other question.
    /// </summary>
    private static HashSet<string>? CountedStems(string question, CountedWords? counted) =>
        CountedThing.Of(question) is not { } thing ? null : [.. (counted?.Alike ?? []).Append(thing).Concat(CountedThing.KindsOf(thing)).Select(Terms.Stem)];

    /// <summary>Whether one of an article's answering sentences gives a figure followed by what the question counts, or a tally of the verb it asks.</summary>
    private static bool NamesCount(List<SentenceCandidate> ranked, IReadOnlySet<string> stems, IReadOnlySet<string> asked, AnswerOptions settings) =>
        ranked.Any(c => c.Answers(settings) && CountedThing.Counts(c.Text, stems, bare: false, asked));

    /// <summary>Whether one of an article's answering sentences, not its headline, holds the kind of answer asked for.</summary>
    private static bool GivesTheKind(List<SentenceCandidate> ranked, AnswerOptions settings) =>
        ranked.Any(c => c.FitsKind && !c.IsHeadline && c.Answers(settings));

    /// <summary>
    /// Whether one of an article's answering sentences gives what the question asks for: a figure of the kind asked, a
    /// time of day, a saying.
    /// </summary>
    private static bool AnswersWith(List<SentenceCandidate> ranked, AnswerOptions settings, Func<string, bool> gives) =>
        ranked.Any(c => c.Answers(settings) && gives(c.Text));

    /// <summary>Whether one of an article's sentences answers: it covers enough of the key words or says the same in other words.</summary>
    internal static bool Answers(List<SentenceCandidate> ranked, AnswerOptions settings) =>
        ranked.Any(c => c.Answers(settings));

    /// <summary>
    /// Whether an article lacks none of the question's names, or one of three or more, which a report often spells or
    /// titles otherwise ("Zelenskyy"), or one of the names only the preamble gives when it holds another
    /// (<paramref name="preamble"/>): "Millions of Americans were under flood alerts across the Northeast. Which state
    /// …" is answered by a Northeast flood report that never says "Americans".
    /// </summary>
    private static bool NamesEnough(List<string> missing, IReadOnlyList<QuestionName> names, IReadOnlySet<string> preamble) =>
        missing.Count == 0 || (names.Count >= 3 && missing.Count == 1) || (names.Count >= 2 && missing.Count == 1 && preamble.Contains(missing[0]));

    /// <summary>The names, as <see cref="StoryWords.MissingNamesAsync"/> gives them, that only a preamble before the asking sentence holds.</summary>
    private static HashSet<string> PreambleNames(string question, IReadOnlyList<QuestionName> names)
    {
        if (QuestionFocus.TextOf(question) is not { } asking)
        {
            return [];
        }

        var asked = Terms.Words(asking).ToHashSet(StringComparer.Ordinal);
        return [.. names.Where(n => !n.Words.Any(w => asked.Contains(w.ToLowerInvariant()))).Select(n => string.Join(' ', n.Words))];
    }

    /// <summary>Whether an article comes close enough to be named next to a declined answer.</summary>
    private static bool Touches(List<SentenceCandidate> ranked, AnswerOptions settings) =>
        ranked.Any(c => c.Coverage >= 0.75 * settings.MinCoverage || c.Similarity >= 0.8 * settings.MinSimilarity);

    /// <summary>Why no leading article answered: its best sentence fell short, or it lacks names the question gives.</summary>
    private static string NoAnswerReason(List<List<SentenceCandidate>> picks, List<string>? lacking, AnswerOptions settings)
    {
        if (picks.Count == 0)
        {
            return "nothing was retrieved";
        }

        var lead = picks.Take(3).SelectMany(p => p).ToList();
        var reason = $"best coverage {lead.Max(c => c.Coverage):F2} (needs {settings.MinCoverage:F2}), best similarity {lead.Max(c => c.Similarity):F2} (needs {settings.MinSimilarity:F2})";
        return lacking is null ? reason : $"{reason}; an answering article lacks the question's {string.Join(", ", lacking.Select(n => $"'{n}'"))}";
    }

    /// <summary>
    /// Cosine of each sentence of the leading articles to the question, and to its asking sentence when a preamble comes
    /// before it (else the same); to the rest of the question, the key words the leading article does not hold ("hurt"
    /// in "did anyone get hurt in the Millbrook flood", which a flood report words "no injuries were reported"), when
    /// there are such words and others it holds; and for a "how many" question, the words after figures in those
    /// sentences that mean what it counts ("homes" for "households"); all embedded in one call.
    /// </summary>
    private async Task<(IReadOnlyDictionary<string, double> Whole, IReadOnlyDictionary<string, double> Asking, IReadOnlyDictionary<string, double> Remainder, CountedWords? Counted)> MeaningAsync(
        string question,
        RetrievalResult retrieval,
        IReadOnlyDictionary<string, List<ArticleSentence>> sentences,
        AnswerOptions settings,
        CancellationToken cancellationToken)
    {
        var texts = retrieval.Articles.Take(ArticlesByMeaning)
            .SelectMany(a => sentences.GetValueOrDefault(a.ArticleId) ?? [])
            .Select(s => s.Text)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        if (texts.Count == 0)
        {
            var none = new Dictionary<string, double>();
            return (none, none, none, null);
        }

        var asking = QuestionFocus.TextOf(question) ?? retrieval.SearchText;
        var rest = RestOf(retrieval, sentences);
        var thing = CountedThing.Of(retrieval.SearchText);
        var afterFigures = thing is null
            ? []
            : texts.SelectMany(CountedThing.AfterFigures).Where(w => w != thing).Distinct(StringComparer.Ordinal).ToList();
        string[] words = afterFigures.Count == 0 ? [] : [thing!, .. afterFigures];
        var vectors = await embedder.GenerateAsync([retrieval.SearchText, asking, .. texts, .. words, .. rest is null ? Array.Empty<string>() : [rest]], cancellationToken: cancellationToken);
        var whole = new Dictionary<string, double>(StringComparer.Ordinal);
        var focused = new Dictionary<string, double>(StringComparer.Ordinal);
        var restMeaning = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < texts.Count; i++)
        {
            whole[texts[i]] = TensorPrimitives.CosineSimilarity(vectors[0].Vector.Span, vectors[i + 2].Vector.Span);
            focused[texts[i]] = TensorPrimitives.CosineSimilarity(vectors[1].Vector.Span, vectors[i + 2].Vector.Span);
            if (rest is not null)
            {
                restMeaning[texts[i]] = TensorPrimitives.CosineSimilarity(vectors[^1].Vector.Span, vectors[i + 2].Vector.Span);
            }
        }

        if (words.Length == 0)
        {
            return (whole, focused, restMeaning, null);
        }

        var counted = vectors[texts.Count + 2].Vector;
        var alike = afterFigures
            .Where((_, i) => TensorPrimitives.CosineSimilarity(counted.Span, vectors[texts.Count + 3 + i].Vector.Span) >= settings.UnknownWordSimilarity)
            .ToList();
        return (whole, focused, restMeaning, alike.Count == 0 ? null : new CountedWords(thing!, alike));
    }

    /// <summary>
    /// The question's key words that the leading article's sentences do not hold, when it holds some of them: what the
    /// question asks in words of its own. Null when it holds all or none.
    /// </summary>
    private static string? RestOf(RetrievalResult retrieval, IReadOnlyDictionary<string, List<ArticleSentence>> sentences)
    {
        if (retrieval.Articles.Count == 0 || !sentences.TryGetValue(retrieval.Articles[0].ArticleId, out var own))
        {
            return null;
        }

        var held = own.SelectMany(s => s.Stems).ToHashSet(StringComparer.Ordinal);
        var words = retrieval.Keywords.Where(k => !k.Any(char.IsDigit)).ToList();
        var missing = words.Count(k => !held.Contains(Terms.Stem(k)));
        if (missing == 0 || missing == words.Count)
        {
            return null;
        }

        // The question's own wording without the words the article holds reads as what is still asked: "Did anyone get hurt in the".
        var keywords = words.ToHashSet(StringComparer.Ordinal);
        return string.Join(' ', Terms.Words(retrieval.SearchText).Where(w => !keywords.Contains(w) || !held.Contains(Terms.Stem(w))));
    }

    private static NearbyArticle Nearby(RetrievedArticle article) =>
        new(article.ArticleId, article.Title, article.Outlet, article.Published, article.Url);

    /// <summary>Two articles share an outlet when both name the same one; an unnamed outlet is its own.</summary>
    internal static bool SameOutlet(RetrievedArticle a, RetrievedArticle b) =>
        a.Outlet is not null && string.Equals(a.Outlet, b.Outlet, StringComparison.OrdinalIgnoreCase);
}
