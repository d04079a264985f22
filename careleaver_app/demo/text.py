"""Synthetic wording for demo records. {n} is the young person's first or preferred name."""

from __future__ import annotations

# section key -> (needs, own words, actions [(what, owner kind, other name)])
SECTION_TEXT: dict[str, tuple[list[str], list[str], list[tuple[str, str, str]]]] = {
    "contact": (
        ["{n} and their PA meet every four weeks, usually at a café {n} chooses, with texts in between. {n} can call the duty team when the PA is away.",
         "{n} wants contact by WhatsApp first. Visits at home every eight weeks; more often while things are unsettled.",
         "Fortnightly contact while {n} settles into the new flat, then monthly. {n}'s former foster carer keeps in touch weekly."],
        ["I like it when you text before you come round.", "I don't want to meet at the office.", "Keep checking in, even when I don't reply straight away."],
        [("Agree the best times to meet and put them in both our phones", "pa", ""),
         ("Introduce {n} to the duty team by text so they know who to call", "pa", ""),
         ("Tell my PA if my phone number changes", "young_person", ""),
         ("Arrange a monthly catch-up with my former foster carer", "young_person", "")],
    ),
    "education": (
        ["{n} is studying Level 2 Health and Social Care at Brackenford College and needs help with travel costs and coursework deadlines.",
         "{n} left college last term and wants to start an ESOL course and then a Level 1 in Construction.",
         "{n} is in the second year of a degree and receives the higher education bursary; needs help planning for summer accommodation."],
        ["I want to finish my course this time.", "College is hard when I'm tired from work.", "I'd like to go to university one day."],
        [("Apply for the 16-19 bursary", "young_person", ""),
         ("Speak to the college's care leaver lead about coursework support", "pa", ""),
         ("Book an ESOL assessment at Kingsmere Adult Learning", "other", "Kingsmere Adult Learning, 01632 960210"),
         ("Claim the higher education bursary instalment", "pa", ""),
         ("Check attendance with the college tutor each half-term", "other", "College tutor")],
    ),
    "employment": (
        ["{n} wants part-time work alongside college, ideally in retail. Needs a CV and help with interview nerves.",
         "{n} is NEET and would like an apprenticeship in motor vehicle maintenance.",
         "{n} works 20 hours a week at a supermarket and wants more hours."],
        ["I want my own money.", "I get nervous in interviews.", "I want a trade."],
        [("Write a CV together", "pa", ""),
         ("Register with the council's apprenticeship scheme", "young_person", ""),
         ("Mock interview with the employability worker", "other", "Employability worker, Youth Hub"),
         ("Ask the manager about extra shifts", "young_person", "")],
    ),
    "contingency": (
        ["If the tenancy fails, {n} could become homeless; if college stops, the bursary stops.",
         "Risk of losing the placement if rent arrears build up; risk of going missing when stressed."],
        ["If things go wrong I want to be told straight away, not after.", "Call my nan first, she knows what to do."],
        [("Save the duty team and EDT numbers in {n}'s phone", "pa", "")],
    ),
    "accommodation": (
        ["{n} lives in a one-bedroom council flat (own tenancy) since last spring. Suitable: safe, affordable and near college.",
         "{n} is in supported accommodation with 10 hours' support a week and wants to move to their own flat within a year.",
         "{n} stays with their former foster carers under Staying Put until 21."],
        ["I like my flat but it's lonely.", "I want my own place.", "I feel safe here."],
        [("Complete the housing register application with Brackenford District Council", "pa", ""),
         ("Pay rent on the first of every month by standing order", "young_person", ""),
         ("Home safety check with the housing officer", "other", "Housing officer, Millbrook Housing"),
         ("Apply for the setting-up-home allowance for furniture", "pa", "")],
    ),
    "relationships": (
        ["{n} sees their younger brother monthly at a contact centre and would like more contact with their mum.",
         "{n} has a supportive partner and friends from college; contact with family is limited by choice.",
         "{n} would like help to trace family in their home country through the Red Cross."],
        ["I miss my brother.", "I don't want contact with my dad.", "My friends are my family."],
        [("Ask the sibling's social worker about extra contact", "pa", ""),
         ("Referral to the Red Cross family tracing service", "other", "British Red Cross, 01632 960420"),
         ("Join the care leavers' forum", "young_person", "")],
    ),
    "independence": (
        ["{n} can cook simple meals and wants to learn budgeting and how to deal with bills and letters.",
         "{n} needs help registering with a dentist and understanding their tenancy agreement."],
        ["I'm fine with cooking, bills confuse me.", "I want to learn to drive."],
        [("Complete the independent living skills workbook", "young_person", ""),
         ("Set up online banking and a budget", "pa", ""),
         ("Apply for a provisional driving licence", "young_person", "")],
    ),
    "finance": (
        ["{n} receives Universal Credit and housing costs; needs help with a Council Tax exemption and the setting-up-home allowance.",
         "{n} has rent arrears of £240 and a payment plan; the 16-19 bursary covers college travel.",
         "{n} earns a wage and gets the HE bursary; needs advice on saving."],
        ["Money runs out before payday.", "I want to save for a car."],
        [("Apply for the Council Tax care leaver exemption", "pa", ""),
         ("Set up a repayment plan for the rent arrears", "young_person", ""),
         ("Open a savings account", "young_person", ""),
         ("Referral to the money advice service", "other", "Citizens Advice, 01632 960330")],
    ),
    "health": (
        ["{n} is registered with a GP and dentist. Anxiety is managed with support from the young people's mental health service.",
         "{n} has asthma and needs a repeat prescription review; would like help registering with a dentist.",
         "{n} has no current health needs and knows how to use the GP and pharmacy."],
        ["I'm doing better with my anxiety.", "I hate going to the doctor."],
        [("Book an asthma review with the practice nurse", "young_person", ""),
         ("Register with a dentist", "pa", ""),
         ("Give {n} their health history summary", "pa", ""),
         ("Attend counselling sessions", "young_person", "")],
    ),
    "identity": (
        ["{n} is Muslim and would like to find a mosque near the new flat. Speaks Tigrinya at home; wants to keep it.",
         "{n} wants to know more about their heritage and keep their life story book safe.",
         "{n} has a passport and wants help applying for British citizenship."],
        ["My culture matters to me.", "I want my own passport."],
        [("Find local faith groups near the flat", "pa", ""),
         ("Apply for a passport", "young_person", ""),
         ("Referral to an immigration solicitor about citizenship", "other", "Immigration solicitor, Refugee Legal Centre")],
    ),
}

VIEWS = [
    "I'm happy with my plan. I want to finish college and get my own flat.",
    "Most of it is right. I don't want to move again this year.",
    "I want more help with money. Everything else is OK.",
    "I feel listened to. I want my PA to keep checking in.",
    "I don't really like plans but this one is fine.",
]

PARTICIPANTS = [
    "The young person, their PA, their former foster carer",
    "The young person, their PA, college tutor, supported accommodation keyworker",
    "The young person, their PA, social worker, independent reviewing officer",
    "The young person and their PA",
]

CONTINGENCIES = [
    ("I lose my tenancy", "my PA contacts the housing options team the same day and arranges emergency accommodation", "PA, or the duty team if the PA is away"),
    ("I can't pay my rent", "my PA helps me call the landlord and apply for a discretionary housing payment", "PA"),
    ("college stops", "we meet within a week to look at other courses or work, and the bursary is reviewed", "PA and college care leaver lead"),
    ("my placement breaks down", "I stay with my nan for a few nights while my PA finds somewhere", "PA; nan on 07700 900918"),
    ("I feel unsafe at home", "I call my PA or the duty team, or 999 in an emergency, and we find somewhere safe that day", "PA / duty team"),
]

SAFETY = [
    ("going missing", "if not heard from for 24 hours, follow the missing protocol and tell the police", "call police and EDT; inform the manager", "PA / duty team / EDT"),
    ("criminal exploitation (county lines)", "do not visit alone in the evening; share concerns with the exploitation panel", "urgent strategy discussion; police referral", "PA and team manager"),
]

CONTACT_OPENINGS = {
    "visit_home": ["Visited {n} at home.", "Home visit; {n} let me in and we talked in the kitchen.", "Visited {n} at the flat as planned."],
    "visit_elsewhere": ["Met {n} at a café in town.", "Met {n} at the college canteen.", "Took {n} for lunch near the Job Centre."],
    "office": ["{n} came into the office.", "Met {n} at the leaving care hub drop-in."],
    "phone": ["Phone call with {n}.", "{n} rang me.", "Called {n} to check in."],
    "video": ["Video call with {n}.", "Caught up with {n} on a video call."],
    "text": ["Texted {n} to check in; {n} replied.", "WhatsApp messages with {n}.", "{n} texted asking for help."],
    "email": ["Emailed {n} the bursary form.", "{n} emailed about the council tax letter."],
    "letter": ["Wrote to {n} with the dates of the review.", "Sent {n} a letter with the setting-up-home allowance details."],
    "attempted": ["Called {n}: no answer; left a voicemail.", "Visited the flat: no answer; left a card.",
                  "Texted {n} twice: no reply.", "Called {n}'s former foster carer to ask if they had heard from {n}: not since last month."],
}
CONTACT_TOPICS = [
    "We talked about college: attendance is better this term and {n} is proud of a merit on the last assignment.",
    "Money is tight; {n} ran out of gas credit at the weekend. We went through the budget together and I referred for a food bank voucher.",
    "{n} has been feeling low and not sleeping well. We agreed {n} will talk to the GP this week and I will check in on Friday.",
    "The flat is clean and warm. The bathroom extractor fan still isn't working; I'll chase the landlord.",
    "{n} wants to look for part-time work. We updated the CV and looked at three jobs in retail.",
    "We talked about the relationship with {n}'s mum; contact is going better and they met for coffee.",
    "{n} is worried about a letter from the council about rent arrears. We rang housing together and set up a payment plan.",
    "{n} would like to learn to drive; we talked about saving for lessons and what the local offer can help with.",
    "Discussed staying safe: {n} says the people from the estate have stopped coming round.",
    "We went through the pathway plan actions; two are done and one needs a new date.",
    "{n} asked what the setting-up-home allowance can be used for. I explained, and we made a list for when {n} moves on.",
    "{n} has an appointment with the immigration solicitor next week and is anxious about it. I will go along.",
    "Talked about health: {n} is using the inhaler properly now and has registered with a dentist.",
    "{n} missed two days last week because of a bus strike. We looked at another route that would do.",
    "{n} is thinking about university next year; we looked at the higher education bursary together.",
]
# Topics only some young people's contacts are about: their immigration case (unaccompanied
# asylum-seeking children), and university (from 17).
IMMIGRATION_TOPIC = CONTACT_TOPICS[11]
UNIVERSITY_TOPIC = CONTACT_TOPICS[14]
CONTACT_CLOSINGS = [
    "Next contact agreed for two weeks' time.", "{n} knows to call the duty team if anything comes up.",
    "No safeguarding concerns today.", "I will text {n} on Monday.", "Agreed to meet at the same place next month.",
]
SIGNIFICANT_NOTES = [
    "{n} disclosed being pressured to hold drugs for older youths. Discussed with manager the same day; referral to the exploitation panel made.",
    "{n} was evicted after complaints from neighbours and stayed with a friend last night. Emergency accommodation arranged.",
    "{n} told me they are pregnant and want support. Referral to the family nurse partnership.",
    "{n} started a new apprenticeship today. A big step after a year out of education and work.",
    "{n} was taken to A&E after self-harming. Safety plan reviewed with the crisis team.",
]
FOLLOW_UPS = [
    ("Chase the landlord about the extractor fan", "PA"), ("Send the bursary form", "PA"),
    ("Book a GP appointment", "Young person"), ("Referral to the money advice service", "PA"),
    ("Check the food bank voucher was used", "PA"), ("Apply for two retail jobs", "Young person"),
]
EVENTS = [
    ("Passed driving theory test", ""), ("Started at Brackenford College", "Level 2 course"),
    ("Court appearance", "Conditional discharge"), ("Moved in with partner for a few weeks", "Returned to own flat after"),
    ("Received British citizenship", ""), ("Life story work completed", "With the former foster carer"),
]
