"""Common given names, for telling a person's name from a business or keyword name.

Written for commentguard: about 815 given names and short forms from English and
other languages that blog comments are written in, lower case, accents removed. A
name only has to be common enough that real commenters often use it; the list need
not be complete: the model weighs the signal built on it, it decides nothing alone.
Names that are also the keywords of spam authors ("Seo", as in "SEO Services") are left out.
"""

from __future__ import annotations

__all__ = ["FIRST_NAMES"]

FIRST_NAMES = frozenset(
    """
    aarav aaron abby abdul abhishek abigail ada adam adele aditi aditya adrian adrien afonso agnes
    agnieszka ahmad ahmed ahmet aidan aiden aiko aisha akash akira alan albert alejandro alessandro
    alessia alex alexander alexandra alexei alexey alexis alfie alfred ali alice alicia alison
    alvaro amanda amara amber amelia amir amit amy ana anastasia andrea andreas andrei andrew andy
    angela angelo angie anil anita anja anjali ankit ann anna anne annie anouk anthony antonella
    antonio anya april archie arjun arthur arun asha ashley astrid audrey aurelie austin ava ayo
    ayse barbara barry bartek beatrice beatriz becky ben benjamin benoit bernard beth bethany betty
    bev beverley bill billy birgit bjorn blanca bob bobby bonnie boris brad bram brandon brenda
    brett brian bridget brooke bruce bruno bryan caio caitlin callum cameron camille carl carla
    carlos carmen carol caroline carolyn carrie casey catarina catherine cathy celine chantal
    charles charlie charlotte chelsea chen cheryl chiara chidi chinedu chloe chris christian
    christina christine christopher claire clara claude clement colette craig cristina cynthia daan
    daisy dale dan dana daniel danielle danny darren dasha dave david davide dawn dean debbie
    deborah debra deepa deepak denise dennis derek diana diane diego dieter dima dimitris dirk divya
    dmitri dmitry dolores dominic dominique donald donna doris dorothy doug douglas dylan ed eddie
    edith edward eileen elaine eleanor elena eleni eli elif elijah elisa elizabeth elke ella ellen
    ellie elodie elsie emile emily emma emre enrique enzo eric erica erik erin esteban estelle ethan
    etienne eugene eva evan evelyn ewa fabienne fabio faith fatima fatma federica femi fernanda
    fernando fiona fleur floor florence frances francesca francis francisco francoise frank franz
    fred freddie freja freya friedrich gabriel gabriela gabrielle gail galina ganesh gareth gary
    gaurav gavin gemma genevieve geoff george georgia gerald gianni gina giorgio giorgos giovanni
    gisela giulia giuseppe glen glenn gloria goncalo gordon grace graham greg gregory guadalupe
    guillaume gunther gwen hanna hannah hannelore hans harold harriet harry haruka harvey hassan
    hazel heather heidi heike heinz helen helene helga hendrik henry herve hiroshi holly howard hua
    hugh hussein hyun ian ibrahim ignacio igor imogen ingrid irene irina isaac isabel isabella
    isabelle isla ivan ivy jack jackie jacob jacques jade jake jakub james jamie jan jane janet
    janice jason javier jay jean jeanne jeff jeffrey jen jenna jennifer jenny jens jeremy jeroen
    jess jessica jesus ji jill jim jimmy jin jiri jo joan joana joanna joanne joao joe joel johan
    john johnny jon jonathan joost jordan jorg jorge jose joseph josh joshua joy joyce juan juana
    judith judy julia julian julie julien jun june jurgen justin karen karin karl kasia katarzyna
    kate katerina katherine kathleen kathryn kathy katie katrin katya kavya kay keith kelly ken
    kenji kenneth kerry kev kevin khalid kim kirsty klaus kofi kostas krishna krzysztof kwame kyle
    laia lakshmi lars lasse laura lauren laurent layla lea lee leila lena leo leon leonor leslie li
    liam lily lin linda lisa liz lois lola lorenzo lorraine lotte louis louise luana luc luca lucia
    lucie lucy luis lukas luke luz lydia lynn maarten magda maggie malgorzata mandy manfred manish
    manon manuel marc marcel marcelo marco marek margaret margot maria marian mariana marie marieke
    marilyn mark marta martha martin mary mateo mathieu mats matt matteo matthew matthias maureen
    max maxime meera megan mehmet mei mel melanie melissa mercedes mia michael michaela michal
    michelle mick miguel mike mildred min ming mohamed mohammed molly monica monika muhammad mustafa
    nadia nancy naomi natalie natasha nathalie nathan neha neil ngozi nicholas nick nicky nicola
    nicolas nicole niels nigel nikhil niklas nikolai nikos nils nisha noah norma norman nuria oksana
    ola ole oleg olena olga olive oliver olivia olu omar owen pablo paco paige pam pamela paola
    pascal pat patricia patrick paul paula pauline pavel pawel pedro peggy penny pete peter petr
    petra phil philip philippe phoebe phyllis pierre pieter pilar piotr pooja poppy priya rachel
    rafael rahul raj rajesh ralf ralph ramesh rania raquel ravi ray raymond rebecca reece remi
    renata rhys riccardo richard rick rita rob robert roberto robin rocio rodrigo roger rohan ron
    ronald rosa rosario rose rosie ross roy ruby russell ruth ruud ryan sabine sally sam samantha
    samir samuel sandra sanjay sanne santiago sara sarah sasha scott sean sebastian sebastien sem
    sergei sergio shane sharon sheila shirley shreya sian sigrid silvia simon simone siri sofia
    solene soo sophia sophie stacey stanley stefan stefano stella stephanie stephen steve steven
    stina stuart sue sunil sunita suresh susan susanne suzanne sven svetlana sylvie takumi tammy
    tanvi tanya teresa tereza terry theo theresa thiago thierry thijs thomas tim timothy tina tobias
    toby todd tom tomasz tommy toni tony tracey tracy trevor tunde tyler ulrich ursula uwe valentina
    valerie vanessa vera veronica vicente vicky victoria vijay vikram vincent violet vitoria
    vittoria vladimir walter wanjiru wayne wei wendy werner will william wojtek wolfgang wouter xiao
    ximena yan yannis yash yasmin young youssef yui yuki yulia yuri yves yvonne zach zainab zanele
    zeynep zoe zofia
    """.split()
)
