"""Bidon Daily: a WordPress news blog (Atom). All text is original to leadout-tui."""

from __future__ import annotations

from demo import Article

ARTICLES: tuple[Article, ...] = (
    Article(
        slug="ferrand-prevot-interview-hungrier",
        title="Ferrand-Prévot: 'Losing the Tour made me hungrier than winning it'",
        author="Claire Dumont",
        published="2026-11-24T08:15:00Z",
        tags=("Interview", "Women's racing", "Visma-Lease a Bike"),
        summary=(
            "Second at the Tour de France Femmes after winning it in 2025, Pauline Ferrand-Prévot"
            " talks about Demi Vollering, Marianne Vos and why she is not done with the road."
        ),
        body="""
Pauline Ferrand-Prévot does not like talking about second places, which is a problem when you
have just finished second at the Tour de France Femmes. "Ask me about something else," she
laughs when we meet at a café in Girona, before answering the question anyway.

The Frenchwoman won the Tour in 2025, a year after her Olympic mountain bike title, in what was
only her first full season back on the road. In August she lost the yellow jersey to Demi
Vollering on the penultimate stage in the Alps and finished 48 seconds behind.

"Winning in 2025 was like a dream. Everything was new, nobody expected anything. This year
everybody expected me to win, and Demi was just better on the day that mattered," she says. "And
honestly? Losing made me hungrier than winning. I went home and I was already thinking about
next July."

## Learning from Vos

At Visma-Lease a Bike she shares a team with Marianne Vos, and she says the Dutch legend's
attitude has changed how she looks at the calendar.

"Marianne is 39 and she still gets nervous before a small race in Belgium. She still cares about
every sprint. When I see that, I understand that motivation is not something you have, it's
something you do every day."

Vos, who won two stages of the Tour this year, has extended her contract for one more season,
and Ferrand-Prévot hopes she will be at her side in the Classics again.

## A spring with Roubaix in mind

Her 2027 programme will look familiar: the cobbled Classics, then an altitude camp and the Tour.
Paris-Roubaix, which she won in 2025, is a priority.

"Roubaix is the race where my mountain bike past helps the most. You read the line, you float on
the cobbles. I love it."

She has ruled out a return to mountain biking before the 2028 Olympic Games in Los Angeles, but
does not exclude a cyclocross race or two "if the team lets me, which they won't."

> "Motivation is not something you have, it's something you do every day."

## Vollering, the rival

Asked about Vollering, who now rides for FDJ-Suez, Ferrand-Prévot is generous. "We are very
different riders. Demi is more explosive on the steep climbs, I'm better when the race is hard
from far. It makes for good races. I think people enjoyed this Tour more than the one I won, and
that's good for our sport."
""",
    ),
    Article(
        slug="tech-2027-bikes-first-look",
        title="Tech: the 2027 race bikes we've seen so far, from Trek to Canyon",
        author="Marco Lindqvist",
        published="2026-11-22T12:00:00Z",
        tags=("Tech", "Bikes", "Groupsets"),
        summary=(
            "New aero frames, wider tyres and a quiet groupset update: a first look at the"
            " equipment the pros will ride next season."
        ),
        body="""
November is when the bikes of next season start to appear, usually on social media, usually
under a blurry tarp. This year the brands have been less secretive, and we have already seen
most of what the WorldTour will ride in 2027. Here is our round-up.

## Trek Madone: lighter, not slower

Trek has confirmed a new Madone for next season. The headline figure is a frame weight close to
750 grams for a 56 cm, about 120 grams less than the current model, while Trek claims the
aerodynamics are unchanged thanks to a revised IsoFlow cut-out in the seat tube. The bike will
be offered with SRAM Red AXS and Shimano Dura-Ace Di2 builds, and a rim-width of 23 mm internal
on the Bontrager Aeolus RSL wheels.

## Canyon Aeroad CFR gets a new cockpit

Canyon has kept the Aeroad frame but redesigned its one-piece cockpit after years of complaints
from mechanics. The new bar has a wider range of width and reach adjustments and, more
importantly, an internal routing that no longer requires bleeding the brakes when the stem
height changes. The Canyon Ultimate will get a similar update in spring.

## SRAM and Shimano: small steps

SRAM has not announced a new Red groupset, but the pro teams will get a firmware update that
allows a 10-33 cassette with a 54-41 chainring combination, giving more range for hilly races.
Shimano has introduced a new Dura-Ace power meter with a claimed accuracy of plus or minus one
per cent and a longer battery life, along with a lighter 11-34 cassette.

## Tyres keep getting wider

The trend towards wider rubber continues. Most teams tested 32 mm tyres on road stages in 2026,
and both Continental and Vittoria are expected to launch 34 mm versions of their race tyres for
the cobbled Classics. Hookless rims remain controversial after the UCI's review, and several
manufacturers have returned to hooked designs for their top-end wheels.

## What about the rest?

Specialized will continue with the Tarmac SL8 and is expected to launch a new Venge-style aero
bike before the Tour. Colnago has updated the Y1Rs with a round seatpost option, and Pinarello's
Dogma F gets a disc-only lighter version. Cervélo's S5 stays largely unchanged, with a new
integrated bottle cage.

We will have full first rides of the Madone and Aeroad in December. Until then, tell us in the
comments what you'd like us to test.
""",
    ),
    Article(
        slug="nys-wins-merksplas-vanthourenhout-cracks",
        title="Nys wins in the Merksplas mud as Vanthourenhout cracks on the last lap",
        author="Pieter Claes",
        published="2026-11-23T17:30:00Z",
        tags=("Cyclocross", "Superprestige", "Race report"),
        summary=(
            "The Belgian champion takes his fourth win of the winter after a long duel with"
            " Michael Vanthourenhout, with Laurens Sweeck third."
        ),
        body="""
Thibau Nys won the Superprestige round in Merksplas on Sunday afternoon, riding away from
Michael Vanthourenhout on the final lap of a heavy, muddy course to take his fourth win of the
season.

Rain overnight had turned the famous circuit around the farm into a test of strength as much as
skill. Most of the field changed bikes every half lap, and the long running section through the
sand pit became the place where the race was decided.

Nys, in the Belgian champion's jersey, went to the front on the second lap with Vanthourenhout,
Laurens Sweeck and Joris Nieuwenhuis. Sweeck was dropped on lap four after a crash in the
off-camber, and Nieuwenhuis lost contact one lap later when his chain came off in the pit.

## The duel

For three laps Vanthourenhout and Nys were inseparable. The European champion was stronger in
the running sections, Nys faster on the bike in the corners. On the final lap Vanthourenhout
slipped on the last climb in the woods, and Nys, who was on his wheel, did not wait.

"I saw Michael put a foot down and I just went full gas," Nys said. "In the mud you don't get a
second chance. It was one of the hardest races of my life, I felt empty with two laps to go."

Vanthourenhout finished 14 seconds down and was honest about his day. "I had cramps in the last
ten minutes. When I slipped, it was over. Thibau deserved it today."

## Sweeck recovers for the podium

Sweeck fought back from his crash to take third place ahead of Nieuwenhuis, with Niels
Vandeputte fifth and Pim Ronhaar sixth. Tibor del Grosso, racing only his second elite cross of
the winter, finished eighth after a bad start.

## Results

- 1. Thibau Nys (Belgium)
- 2. Michael Vanthourenhout (Belgium) at 0:14
- 3. Laurens Sweeck (Belgium) at 0:49
- 4. Joris Nieuwenhuis (Netherlands) at 1:02
- 5. Niels Vandeputte (Belgium) at 1:20

Nys extends his lead in the Superprestige to 12 points ahead of Vanthourenhout. The next round
is in Boom on 13 December.
""",
    ),
    Article(
        slug="ineos-grenadiers-reset-arensman-rodriguez-onley",
        title="Ineos Grenadiers reset: Arensman, Rodríguez and Onley at the heart of a new plan",
        author="Claire Dumont",
        published="2026-11-20T09:45:00Z",
        tags=("Ineos Grenadiers", "Grand Tours"),
        summary=(
            "After another season without a Grand Tour podium, the British team is betting on a"
            " younger leadership group and a return to the Giro."
        ),
        body="""
Ineos Grenadiers will go into 2027 with three Grand Tour leaders and a promise to race more
aggressively, the team said at its winter camp in Mallorca on Wednesday.

The British squad has not finished on a Grand Tour podium since 2023, and its 2026 season was
again built on stage wins rather than overall success. Thymen Arensman won a mountain stage at
the Tour de France for the second year running, Kévin Vauquelin took a stage of the Critérium du
Dauphiné, and Oscar Onley finished fourth at the Vuelta a España in his first season with the
team.

"We had good days and we had days when we were simply not strong enough," said deputy team
principal Scott Drawer. "We won't change that by copying other teams. We need our own way of
racing."

## Three leaders, three races

Carlos Rodríguez will lead at the Giro d'Italia, a race the Spaniard has never ridden, with Egan
Bernal as a second card. Arensman and Onley will share the leadership at the Tour, with
Vauquelin free to hunt stages and the white jersey.

"Oscar and I get on well, we are both quite calm," Arensman said. "At the Tour you need two
riders in the top ten, because the third week always kills someone. This year I was the one who
suffered. I want to be the one who comes back."

Rodríguez, who had a difficult 2026 with illness in the spring, said he was happy to go to
Italy. "I need a fresh challenge. The Giro is hard and unpredictable, and I think that suits how
I race."

## Ganna, Tarling and the time trials

Filippo Ganna will again target the Hour Record attempt he postponed this year, along with
Milano-Sanremo and Paris-Roubaix. Joshua Tarling, the new world time trial champion after his
win in Montréal, will ride the Tour for the first time.

"Wearing the rainbow stripes in a Tour time trial would be special," Tarling said. "Maybe I'll
even get through the mountains."

## Bernal's renewed confidence

For Bernal, 2027 is another step back towards the top. The Colombian finished ninth at the Giro
this year and said he felt "like a proper bike rider again" for the first time since his crash
in 2022. Ineos have extended his contract by two years.
""",
    ),
    Article(
        slug="reusser-movistar-extend-2029",
        title="Reusser and Movistar extend until 2029 after a record-breaking season",
        author="Elena Ruiz",
        published="2026-11-18T10:30:00Z",
        tags=("Women's racing", "Movistar", "Transfers"),
        summary=(
            "The Swiss time trial world champion of 2025 has committed three more years to the"
            " Spanish team after winning the Giro d'Italia Women."
        ),
        body="""
Marlen Reusser has signed a new contract with Movistar that will keep her at the Spanish team
until the end of 2029, ending a long courtship from several rivals. The Swiss rider had her best
season yet in 2026, winning the Giro d'Italia Women, the Tour de Suisse Women and the Swiss time
trial title.

"I feel at home here. The team believed in me when I came back after a difficult time, and I
want to give something back," Reusser said in a statement. "I am 35, I know my career will not
last forever. I want to finish it in a place where I'm happy."

## A Giro built on the time trial

Reusser's Giro win in July was one of the stories of the season. She took the pink jersey with a
dominant opening time trial and defended it in the mountains with help from Liane Lippert, who
finished sixth overall. Her only difficult moment came on the Passo del Tonale, where Elisa
Longo Borghini attacked repeatedly but could not take more than 20 seconds.

"Marlen rides with her head," said Movistar's women's manager. "She knows her numbers, she
doesn't panic. That's what makes her so dangerous in a stage race."

She was less lucky at the world championships in Montréal, where she finished second in the time
trial behind Chloé Dygert, a result she described as "silver, but a good silver".

## Movistar's men look to their young riders

The extension is good news for a team whose men's squad is going through a period of change.
Enric Mas, the men's team's leader for most of the last decade, will focus on the Vuelta in
2027, while Iván Romeo and Javier Romo have been given more freedom after strong seasons. Romeo
won the under-23 world time trial title in 2024 and took his first WorldTour stage race, the
Tour de Pologne, this August.

Pelayo Sánchez will target the Giro d'Italia, where he won a stage in 2024.

## The 2027 programme

Reusser plans to start her season at the UAE Tour Women and build towards the Giro and the Tour
de France Femmes, which she hopes to ride with ambitions for the overall classification for the
first time.

"On the flatter Tours I can do something," she said. "If the route has a long time trial, I will
be very happy."
""",
    ),
    Article(
        slug="sprint-analysis-philipsen-merlier",
        title="Sprint analysis: why Philipsen and Merlier still own the final 200 metres",
        author="Pieter Claes",
        published="2026-11-16T14:00:00Z",
        tags=("Analysis", "Sprinting"),
        summary=(
            "Jonathan Milan took the green jersey, but the data from the 2026 season shows the"
            " two Belgian sprinters are still the fastest finishers when the lead-out goes right."
        ),
        body="""
On paper, Jonathan Milan was the sprinter of the 2026 season. The Italian won four stages of the
Tour de France and the green jersey, and he was the only sprinter to win in all three weeks of a
Grand Tour. But when we looked at the finishing speeds and the wins in true bunch sprints, two
Belgians came out on top.

Jasper Philipsen and Tim Merlier won 31 bunch sprints between them this year. Milan, by
comparison, won 12. More importantly, when the lead-out delivered them to the final 200 metres
in the first three positions, Philipsen and Merlier won more than 70 per cent of the time.

## Philipsen: the positioning master

Philipsen's strength has never been raw power alone. He is brilliant at reading the final
kilometre, and his partnership with Mathieu van der Poel is still the best lead-out duo in the
sport. This year Alpecin-Premier Tech added Kaden Groves as a second option, and the Australian
occasionally dropped Philipsen off before going for his own result.

"Jasper sees a gap before it opens," Groves said at the end of the season. "You can't teach
that."

## Merlier: the fastest legs

Merlier, who turned 34 in October, posted the highest peak speeds of any sprinter in our data:
72.8 kilometres per hour in the final of a stage of Paris-Nice. Soudal Quick-Step have built
their sprint train around him, with Paul Magnier the last man in the first half of the season
before the young Frenchman started winning his own races.

## Milan's advantage: the long sprint

Milan's wins came in a different way. The Lidl-Trek rider is at his best in long, uphill or
headwind sprints, where his sustained power matters more than acceleration. "If the sprint is
300 metres, it's good for me. If it's 150, it's good for Jasper," Milan admitted.

## The lead-out is everything

The lesson of the season is an old one. Michael Mørkøv, the great lead-out man of the last
decade, said it best when he retired: the sprinter is only as fast as the position he starts
from. Olav Kooij's first season at Decathlon CMA CGM showed that. He won only four times, often
starting his sprint from too far back.

Expect the trains to get longer and the finales more chaotic in 2027. The fastest rider does not
always win; the best-delivered one usually does.
""",
    ),
    Article(
        slug="young-riders-to-watch-2027",
        title="Seixas, Widar and Brennan: five young riders to watch in 2027",
        author="Marco Lindqvist",
        published="2026-11-14T07:00:00Z",
        tags=("Young riders", "Analysis"),
        summary=(
            "From a French teenager who is already winning WorldTour stages to a Belgian climber"
            " who loves the steepest slopes, these are the names to know next season."
        ),
        body="""
Every season brings a new wave of talent, and the last few years have shown that young riders no
longer need time to adapt. Here are five who could make the leap in 2027.

## Paul Seixas (Decathlon CMA CGM)

The 20-year-old Frenchman was the revelation of the spring, finishing third at the Critérium du
Dauphiné and winning a stage of the Tour de l'Ain. His team has resisted calls to take him to
the Tour de France, but the pressure will only grow. "Paul has everything, but we want him to
still love cycling when he is 30," his team manager said.

## Jarno Widar

The Belgian climber won the Tour de l'Avenir in 2024 and took his first professional mountain
stage this year in the Tour of the Alps. Small, explosive and fearless on gradients over 15 per
cent, Widar could be a force on the short, steep finishes of the Ardennes.

## Matthew Brennan (Visma-Lease a Bike)

The British sprinter won seven races in his second pro season, including a stage of the Tour de
Romandie from a reduced group. Brennan can climb better than most fast men, and Visma-Lease a
Bike see him as a future contender for Milano-Sanremo and Gent-Wevelgem.

## Albert Withen Philipsen (Lidl-Trek)

A former junior world champion in both the road race and on the mountain bike, the Dane spent
2026 learning from Mads Pedersen. He finished in the top ten at Dwars door Vlaanderen and showed
in the E3 Saxo Classic that he can handle the chaos of the cobbles.

## Pablo Torres (UAE Team Emirates XRG)

The Spanish climber has been compared with a young Isaac del Toro, and his 2026 season did
nothing to change that. He won the mountains classification in the Tour of Norway and rode the
Vuelta a España in support of João Almeida, finishing 18th on debut.

## And one more

Keep an eye on Lorenzo Finn, the Italian under-23 world champion of 2025. He raced a handful of
WorldTour races for Red Bull-Bora-Hansgrohe this season and will step up full-time next year.
""",
    ),
)
