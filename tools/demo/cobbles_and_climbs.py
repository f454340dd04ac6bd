"""Cobbles & Climbs: a lean independent blog (RSS 2.0). All text is original to leadout-tui."""

from __future__ import annotations

from demo import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        slug="kwaremont-in-november",
        title="The Kwaremont in November",
        author="Rob Haines",
        published="2026-11-23T20:10:00Z",
        tags=("Ride report", "Flanders"),
        summary=(
            "Cold hands, an empty café and the ghosts of Boonen and Cancellara: a Sunday ride on"
            " the cobbles of the Flemish Ardennes, long after the crowds have gone."
        ),
        body="""
There is a particular kind of quiet on the Oude Kwaremont in November. No beer tents, no flags,
no helicopters. Just a long ribbon of wet cobbles climbing out of Kluisbergen, a farmer's dog
that barks at every cyclist, and a café at the top that may or may not be open.

I rode it on Sunday with two friends from the club, in a light drizzle and eight degrees. We had
no plan beyond the Kwaremont, the Paterberg and, if our legs agreed, the Koppenberg.

## Cobbles are always harder than you remember

Every year I forget how brutal the Kwaremont is. The first section is steep enough to make you
sit down and grind, and then it flattens into a false plateau where the cobbles get worse, not
better. This is where Mathieu van der Poel dropped everyone in April. I was doing perhaps half
his speed and still thought my fillings would come loose.

The trick, the locals say, is to ride the crown of the road and to keep your hands light on the
bars. I tried both and still bounced into the gutter twice.

## Ghosts on the Paterberg

The Paterberg is shorter and steeper, and there is a corner at the bottom where you can almost
see the ghost of Fabian Cancellara accelerating past Tom Boonen in 2010. Or was it 2013, when
Peter Sagan couldn't follow? The memories blur. That is what the Classics do to you.

At the top we stopped and looked at the view back towards Oudenaarde. A kid on a mountain bike
rode past in a Lotte Kopecky jersey and did not look tired at all.

## The Koppenberg defeated us

We made it halfway up the Koppenberg before one of us put a foot down and we all, in solidarity,
walked. It was muddy from the cyclocross race a few weeks earlier, and the gradient near the top
is brutal on wet stones. No shame in walking. Even the pros have done it.

The café at the top of the Kwaremont was open on the way back. Waffles, hot chocolate, a framed
photo of Van der Poel signed in silver pen. Outside, the rain got heavier.

It was, as every ride in Flanders in November is, both miserable and perfect. I will be back in
March when the crowds return, to stand on the verge and shout at people who climb it twice as
fast.
""",
    ),
    Article(
        slug="gear-ratio-trial-deserves-a-season",
        title="Opinion: the gear-ratio trial deserves a proper season, not a single race",
        author="Rob Haines",
        published="2026-11-21T18:00:00Z",
        tags=("Opinion", "Safety"),
        summary=(
            "The peloton hated the UCI's maximum gear test. I think that's exactly why we need to"
            " run it properly before anyone decides anything."
        ),
        body="""
When the UCI tested a maximum gear ratio at a single race last year, the reaction from the
peloton was almost unanimous: it was a bad idea, badly executed. I agree with the second part.
I'm not sure about the first.

The idea is simple. Speeds in the peloton keep rising, crashes are getting more serious, and one
way to slow the fastest descents and the final kilometres of sprints is to limit the biggest
gear a rider can push. The test used a ratio roughly equivalent to a 54x11. Riders who would
normally use 56 or 58-tooth chainrings were told to spin faster or freewheel.

## The riders' objections

Mads Pedersen was one of the most outspoken. His argument was that the fastest riders would
simply sit in and wait for the sprint, making racing more negative. Wout van Aert said the sport
should look at course design and barriers before touching equipment. Jasper Philipsen's team
said a single race could not produce meaningful data.

Those are fair points. But notice that nobody argued that speeds are not a problem. Everybody
agrees they are.

## Why one race is not enough

A single test tells you almost nothing. Some races are fast because of a tailwind, some because
a team rides hard, some because it rains. You need dozens of races, a control group of events
with no limit, and honest reporting of crash numbers. Then you can decide.

Until then, both sides are arguing from anecdote. Riders remember the one descent where they
spun out; organisers remember the one crash where a rider went off at 90 km/h.

## What I'd do

Run the trial for a whole season in one category of races, say the .1 stage races. Publish the
data. Ask the teams to give feedback on specific incidents, not general feelings. Involve the
riders' union, which has been far too quiet on all of this.

And be ready to admit it did not work. The worst outcome is not a failed experiment. It is a
rule imposed without evidence, or a problem ignored because the first test annoyed the stars.

Remco Evenepoel said in Montréal that safety should be "the number one topic of the winter". He
is right. Let's treat it that way.
""",
    ),
    Article(
        slug="in-defence-of-the-breakaway",
        title="In defence of the breakaway: Healy, Vine and the art of going early",
        author="Rob Haines",
        published="2026-11-19T21:30:00Z",
        tags=("Opinion", "Racing"),
        summary=(
            "Power meters were supposed to kill the breakaway. Instead, a new generation of"
            " attackers has made it the most exciting part of the race."
        ),
        body="""
I have a confession: my favourite part of a bike race is the first hour. Not the final climb,
not the sprint, but the moment when the flag drops and twenty riders try to get into the day's
breakaway.

For years we were told this kind of racing was dying. Power meters and radios, the argument
went, had made it too easy for the big teams to calculate the gap and reel in the escapees at
exactly the right moment. The breakaway became a television advert for sponsors, not a real
attempt to win.

## The new attackers

Something changed. Look at Ben Healy, who won his Tour stage in 2025 from a long attack and then
spent six days in yellow this July after a breakaway that gained five minutes. Look at Jay Vine,
who won the mountains jersey at the Vuelta again this year by going up the road almost every
mountain day. Look at Quinn Simmons, whose Lidl-Trek team seems to let him attack whenever he
likes.

These riders are not hoping for a gift from the peloton. They are strong enough to win if the
chase hesitates for five minutes, and the chase always hesitates for five minutes.

## Why it works now

Part of it is the racing itself. With Tadej Pogačar, Remco Evenepoel and Mathieu van der Poel
willing to attack from far out, the big teams can no longer just control and wait. Their
domestiques are needed for the final, and they cannot afford to burn them chasing a break from
the start.

Part of it is the riders. Victor Campenaerts, who now works for Visma-Lease a Bike, once
explained that a good breakaway rider studies the course like a sprinter studies the last
kilometre. You need to know where the wind turns, where the road narrows, where the peloton will
relax.

## A tribute

It would be wrong to write about breakaways without mentioning Thomas De Gendt, who retired in
2024 and won on the Stelvio, on Mont Ventoux and at the Giro, almost always from the early move.
Every breakaway rider today owes him something.

So next time you watch a stage, don't skip the first hour. That's where the brave ones are.
""",
    ),
    Article(
        slug="ten-moments-from-2026",
        title="Ten moments from the 2026 season I'll keep",
        author="Rob Haines",
        published="2026-11-17T19:45:00Z",
        tags=("Season review", "Lists"),
        summary=(
            "No rankings, no statistics. Just the ten moments of the season that made me put my"
            " coffee down."
        ),
        body="""
Every year I write this list and every year it is too long. I have cut it down to ten. They are
in the order they happened, not in order of importance.

## The list

- Tadej Pogačar finally winning Milano-Sanremo in March, after four years of trying, by
  attacking on the Cipressa and holding off Filippo Ganna on the Poggio.
- Lotte Kopecky soaked to the bone on the Paterberg, riding away from everyone to win her third
  Tour of Flanders.
- Mads Pedersen crying in the middle of the Roubaix velodrome. I cried a bit too.
- Puck Pieterse winning the Flèche Wallonne Femmes on the Mur de Huy, and looking almost
  embarrassed about it.
- Jonas Vingegaard in pink on the Tre Cime di Lavaredo, two years after his terrible crash in
  the Basque Country.
- Ben Healy in yellow for six days, defending it like a terrier.
- The Col de la Loze, where Pogačar reminded Vingegaard why he has five Tours.
- Demi Vollering winning the Tour de France Femmes on the penultimate stage, after losing it by
  seconds in 2024.
- João Almeida on the Angliru, riding his own pace and passing everybody.
- Remco Evenepoel alone on Mont Royal in the rainbow jersey race, with the whole peloton looking
  at Pogačar.

## Honourable mentions

Marianne Vos winning two Tour stages at 39. Thibau Nys winning in Merksplas last weekend, in mud
that would have drowned a tractor. Jonathan Milan's green jersey. Paul Seixas on the Dauphiné
podium at 19. Giulio Pellizzari's stage win in the Giro on a day when half of Italy seemed to be
on the roadside.

## What I'll forget

I will try to forget the crashes. There were too many again, and too many involved riders going
into barriers at speeds nobody should ride at on public roads. Wout van Aert's broken collarbone
in Flanders, Egan Bernal's fall in the Dauphiné, and the horrible crash in the final of a stage
at the Tour de Pologne.

The sport is wonderful. It could be safer. Both things are true.

See you next season.
""",
    ),
    Article(
        slug="the-roglic-question",
        title="The Roglič question: one more year at Red Bull?",
        author="Nina Kowalczyk",
        published="2026-11-16T10:20:00Z",
        tags=("Opinion", "Red Bull-Bora-Hansgrohe"),
        summary=(
            "At 37, Primož Roglič has one year left on his contract and a team that now belongs to"
            " Remco Evenepoel. Guest writer Nina Kowalczyk on what comes next."
        ),
        body="""
Guest post. Nina writes about the sport from Kraków and has followed Primož Roglič since his
ski-jumping days. Mostly on television, she insists.

Primož Roglič turned 37 in October. He has won four editions of the Vuelta a España, a Giro
d'Italia, the Olympic time trial and more stage races than I can list here. His contract with
Red Bull-Bora-Hansgrohe runs until the end of 2027, and the question everybody in the sport is
asking is simple: what is he still racing for?

## A team that changed around him

When Roglič arrived at the team from Jumbo-Visma at the end of 2023, he was the undisputed
leader. The Tour de France was the goal, and the team was rebuilt to give him the best possible
chance. Then came the crashes, the 2025 Giro that ended early, and the arrival of Remco
Evenepoel.

In 2026 he rode the Tour as a road captain for Evenepoel, and by all accounts did it
brilliantly. He stayed next to the Belgian in the first week, managed the team in the crosswinds
and never complained in public. But he did not win a single race all year.

## What's left to win

There is one obvious answer. Roglič has never won the Tour, and at this point he almost
certainly never will. But a fifth Vuelta would make him the outright record holder, and Red Bull
have hinted that he could lead there in 2027, with Florian Lipowitz at the Giro and Evenepoel at
the Tour.

The other option is the Giro, where he won in 2023 in the final mountain time trial on Monte
Lussari, in front of thousands of Slovenian fans. Jai Hindley, the 2022 winner, would be the
obvious second leader.

## Retirement?

Roglič himself has said nothing. He has never been a talker. But people close to the team say he
wants to decide at the end of the spring, depending on how his body feels after the crashes of
the last two years.

My hope: one more Vuelta, one more red jersey, and then a farewell on his own terms. He has
earned it.
""",
    ),
    Article(
        slug="longo-borghini-rides-like-a-captain",
        title="Watching Longo Borghini ride like a captain",
        author="Rob Haines",
        published="2026-11-15T16:00:00Z",
        tags=("Women's racing", "UAE Team ADQ"),
        summary=(
            "She did not win a Grand Tour this year. Elisa Longo Borghini was still, for me, the"
            " most interesting rider in the women's peloton."
        ),
        body="""
Elisa Longo Borghini did not win a Grand Tour in 2026. After back-to-back Giro wins, she
finished second to Marlen Reusser in July and sixth at the Tour de France Femmes. On paper, it
was a season of decline. I don't see it that way at all.

Watch her in any race and you see a rider who understands everything. Where the wind will hit
the peloton, which climbs will split it, when a rival is bluffing. In the Giro she attacked
Reusser five times on the Passo del Tonale, each time from a slightly different position,
testing, probing. She lost, but she made the best time trialist in the world suffer on a climb.

## The UAE years

Her move to UAE Team ADQ at the end of 2024 looked like a risk. She had spent years at
Lidl-Trek, one of the best-organised teams in the sport, and UAE Team ADQ were not yet winning
the biggest races. Two years later the team has been transformed, and much of the credit is
hers.

Silvia Persico, her teammate, told an Italian newspaper this summer that Longo Borghini "talks
to the young riders in the bus like a sports director". That's what I mean by a captain.

## The bronze in Montréal

Her best moment of the year came at the world championships. At 34, on a hard circuit, she
followed Demi Vollering and Kasia Niewiadoma on the final lap and only lost the sprint for
silver by half a wheel. After the race she was smiling more than the winner.

## Still the reference for Italy

Italian women's cycling has a strong new generation. Gaia Realini is now one of the best
climbers in the peloton, and Elisa Balsamo remains a world-class sprinter. But when the national
team needs a leader, it still turns to Longo Borghini.

She has said she will race until the 2028 Olympics and then stop. I suspect she will end up
running a team. I would watch that, too.
""",
    ),
    Article(
        slug="pellizzari-italian-climbing-revival",
        title="Pellizzari, Tiberi and the Italian climbing revival",
        author="Rob Haines",
        published="2026-11-14T12:30:00Z",
        tags=("Analysis", "Giro d'Italia"),
        summary=(
            "For a decade Italy waited for a new Grand Tour rider. Suddenly it has several. Can"
            " one of them win the Giro?"
        ),
        body="""
For most of the last decade, Italian cycling has been asking the same question: who comes after
Vincenzo Nibali? The answers kept disappointing. Talented riders arrived, showed flashes, and
then drifted into helper roles on foreign teams.

The 2026 Giro d'Italia suggested the wait might be over. Antonio Tiberi finished second behind
Jonas Vingegaard. Giulio Pellizzari won the queen stage and finished fourth. Giulio Ciccone wore
the pink jersey for four days and finished fifth. Three Italians in the top five of their home
Grand Tour for the first time since 2016.

## Pellizzari: the natural

Pellizzari is the one who makes people dream. The Red Bull-Bora-Hansgrohe rider is 23, light,
and climbs with the relaxed style of someone who does not yet know what suffering is. His stage
win at the Giro, in which he dropped Tiberi and Richard Carapaz on the final climb, was the
first time he looked like a future winner rather than a promising talent.

He will ride the Tour next year in support of Remco Evenepoel. I'm not sure that's wise. But it
will be an education.

## Tiberi: the complete rider

Tiberi is more of an all-rounder. The Bahrain Victorious leader time trials well, climbs well
and rarely has a bad day. If he has a weakness, it's that he rarely takes risks. In the Giro he
attacked Vingegaard twice on the Mortirolo, and both times he looked surprised to be doing it.

## The next wave

Behind them there is more. Davide Piganzoli, now at Visma-Lease a Bike, is learning from the
best Grand Tour team in the world. Lorenzo Finn, the 2025 under-23 world champion, steps up to
the WorldTour with Red Bull-Bora-Hansgrohe in 2027.

Can one of them win the Giro? With Tadej Pogačar likely to return in May, probably not next
year. But for the first time in a long time, it feels like a question of when, not if.
""",
    ),
    Article(
        slug="merksplas-mud-nys-vanthourenhout",
        title="Mud, a slip and a sprint for the woods: how Nys won Merksplas",
        author="Sam Whitfield",
        published="2026-11-23T19:00:00Z",
        tags=("Cyclocross", "Superprestige"),
        summary=(
            "Thibau Nys and Michael Vanthourenhout rode the Merksplas mud side by side for three"
            " laps; one foot down on the last climb decided the Superprestige."
        ),
        body="""
Thibau Nys and Michael Vanthourenhout rode the Merksplas mud side by side for three laps; one
foot down on the last climb decided the Superprestige.

It was the kind of cross the Kempen is known for: heavy ground, long running sections and a
wooded climb that got harder every lap. Vanthourenhout chose to run it; Nys stayed on his bike
as long as he could, and on the final lap that choice won him the race.

Behind them Laurens Sweeck and Joris Nieuwenhuis had their own bad luck, a crash for one and a
dropped chain for the other, and the podium was settled long before the finish.

## Running or riding

Watching from the woods, you could see the whole race in one choice. Every lap, Vanthourenhout
jumped off at the bottom of the climb and ran, shoulders over the bike, and every lap he gained
a few metres. Nys rode as far as the mud let him, sometimes ten metres, sometimes thirty, and
gave those metres back on the way down. It looked like a draw that could last all afternoon.

Then, on the last lap, the ground gave way under Vanthourenhout's foot. It was not a crash,
hardly even a stumble, but it was enough. Nys was past before the top and did not lose the gap
on the descent.

## Why we keep coming back

Cyclocross in the Kempen is not pretty. The spectators stand in the rain for hours, the riders
finish unrecognisable and the bikes go straight into the pressure washer. But a race like this
one, decided by a single footstep after an hour of pure effort, is why the sport fills fields in
November. Next up is Boom, on 13 December. Bring boots.
""",
    ),
)
