#pragma once

// The words the demo pipeline is written with: owners, company names and
// industries, contact names and titles, meeting notes per stage, evidence titles,
// metrics with plausible ranges, reasons and negotiation positions. Only
// Demo.cpp reads them; the generator there picks from them with its seeded
// random numbers.

#include "Model.h"

#include <array>

namespace accord::core::demo {

using Text = const char*;

inline constexpr std::array<Text, 10> kOwners{
    "Dana Whitfield", "Ravi Menon", "Ana Costa",    "Tomás Berg",   "Leah Kim",
    "Marco Rossi",    "Ines Duval", "Sam Oyelaran", "Julia Brandt", "Theo Nakamura"};

inline constexpr std::array<Text, 24> kPrefixes{
    "Northwind",   "Halvorsen",  "Bluegate",  "Kestrel",       "Marlow",    "Granite Peak",
    "Oakridge",    "Lindqvist",  "Saltmarsh", "Copperline",    "Redfern",   "Tidewater",
    "Brightwell",  "Ashcombe",   "Verdant",   "Ironbridge",    "Fairhaven", "Pinecrest",
    "Harbor Lane", "Stonefield", "Whitmore",  "Alder & Finch", "Crestline", "Riverbend"};

struct Line
{
    Text suffix;
    Text industry;
    Text topic; // what their customers buy, for the notes
};

inline constexpr std::array<Line, 12> kLines{{
    {"Supply", "Industrial supply", "maintenance parts"},
    {"Tools", "Tools & hardware", "power tools and fasteners"},
    {"Industrial", "Industrial equipment", "spare parts"},
    {"Distribution", "Wholesale distribution", "consumables"},
    {"Foods", "Food service", "restaurant supplies"},
    {"Packaging", "Packaging", "custom packaging"},
    {"Electrical", "Electrical wholesale", "cabling and fittings"},
    {"Medical Supply", "Medical supplies", "clinic consumables"},
    {"Components", "Electronic components", "small-batch components"},
    {"Outfitters", "Workwear", "safety workwear"},
    {"Trading Co.", "Building materials", "building materials"},
    {"Wholesale", "Office supplies", "office supplies"},
}};

inline constexpr std::array<Text, 3> kSegments{"SMB", "Mid-market", "Enterprise"};
inline constexpr std::array<Text, 20> kFirstNames{
    "Maya",  "Jonas", "Priya",  "Lukas",  "Elena", "Marcus", "Sofia", "Daniel", "Hannah", "Omar",
    "Grace", "Felix", "Ingrid", "Samuel", "Leila", "Victor", "Chloe", "Mateo",  "Nora",   "Kenji"};
inline constexpr std::array<Text, 20> kLastNames{
    "Lindgren", "Okafor", "Brennan", "Novak",    "Castillo", "Hughes",  "Varga",
    "Andersen", "Moreau", "Patel",   "Kowalski", "Reyes",    "Fischer", "Sato",
    "Mbeki",    "Larsen", "Duarte",  "Walsh",    "Keller",   "Abbott"};

struct Role
{
    ContactRole role;
    Text title;
};
inline constexpr std::array<Role, 4> kRoles{{
    {ContactRole::Executive, "VP of Commerce"},
    {ContactRole::Operations, "Director of Operations"},
    {ContactRole::FieldSales, "Regional Sales Manager"},
    {ContactRole::Other, "Marketing Analyst"},
}};

// Meeting templates per stage, in time order. {company}, {name} and {topic} are filled in.
struct Template
{
    MeetingKind kind;
    int minutes;
    Text summary;
    Text notes;
    Text shared;
    Text learned;
    Text nextStep;
};

inline constexpr std::array<Template, 4> kStage1{{
    {MeetingKind::Presentation, 60, "Industry overview for the leadership team",
     "Walked {name} and two regional managers through how buyers of {topic} now research and "
     "reorder online. They had not seen figures on repeat orders moving to portals. {name} asked "
     "how peers keep field reps involved, which opened the door to looking at their own order "
     "data next.",
     "Overview deck on online ordering trends in their market",
     "Reps fear losing commission to the web shop",
     "Send the deck and a list of the data we would like to see"},
    {MeetingKind::Discovery, 45, "Discovery session on their order channels",
     "Discovery session at {company}. Their web shop takes orders, but most customers still "
     "phone a rep or email a spreadsheet. {name} estimates one order in five starts online. We "
     "explained what we would need to compare them with similar distributors and they agreed to "
     "check with IT.",
     "How similar distributors measure online share",
     "About one order in five starts online; carts are not tracked",
     "IT to confirm which exports they can pull"},
    {MeetingKind::Call, 30, "Follow-up on the overview deck",
     "Short call with {name} to follow up on the overview deck. They circulated it internally and "
     "the CFO wants to see how {company} compares with the averages we showed. Agreed on which "
     "exports IT can pull: monthly online revenue and order counts for the last two years.",
     "Definitions for each figure we asked for", "The CFO is interested in a comparison with peers",
     "Receive the first data extract"},
    {MeetingKind::Email, 0, "First data extract received",
     "{name} emailed the first data extract: twelve months of orders by channel. Cart data is "
     "missing because their platform does not log it; they will ask their agency. Replied with "
     "thanks and a one-page note on how we will use the figures and who will see them.",
     "A note on how their data will be handled",
     "Orders by channel for twelve months; no cart data yet", "Prepare the benchmark comparison"},
}};

inline constexpr std::array<Template, 4> kStage2{{
    {MeetingKind::Workshop, 90, "Benchmark workshop with operations",
     "Workshop with {name} and the operations team. Put their numbers next to the industry "
     "medians: online share is well below peers while online order value is higher. The room got "
     "quiet when we showed how many carts from existing accounts are left half-finished, most of "
     "them reorders.",
     "Gap table: their figures against industry and a competitor",
     "Unfinished reorders are the biggest leak", "Draft two growth scenarios for discussion"},
    {MeetingKind::Call, 45, "Gap table review",
     "Reviewed the gap table with {name}. They questioned the competitor figures, so we went "
     "through where each one comes from. Agreed that the clearest opportunity is self-service "
     "reorders for accounts reps already own, with reps still credited. {name} will take it to the "
     "leadership meeting.",
     "Sources behind each benchmark", "Self-service reorders are the opportunity they believe in",
     "Leadership meeting to discuss the reorder idea"},
    {MeetingKind::Discovery, 60, "Debrief after their leadership meeting",
     "Call with {name} after their leadership meeting. The reorder idea landed well; the sales "
     "director worries about commission, as expected. We sketched a rule that credits the "
     "account's rep for every online order. They asked for a rough lift estimate for {topic} "
     "customers.",
     "A commission rule that credits reps for online orders",
     "Sales director needs the commission question settled first",
     "Send a lift estimate for the pilot regions"},
    {MeetingKind::Workshop, 75, "Pilot scoping workshop",
     "Second workshop, focused on {topic}. Compared their repeat-order rate with the benchmark and "
     "the strongest competitor we found. {name} suggested piloting in two regions first. We listed "
     "the data they still owe us and agreed to turn the findings into a short business case.",
     "Repeat-order comparison and a pilot outline",
     "They prefer a two-region pilot before a full rollout",
     "Write the business case together with the champion"},
}};

inline constexpr std::array<Template, 4> kStage3{{
    {MeetingKind::Negotiation, 60, "Opening negotiation meeting",
     "First negotiation meeting with {name} and their purchasing lead. They opened on price, so we "
     "asked what matters most to them besides the fee. Launch timing before their autumn catalogue "
     "came up twice. We kept term length and pilot scope open and promised a revised proposal.",
     "Proposal outline with options on scope and term",
     "Launch before the autumn catalogue matters more than price",
     "Send a revised proposal with two term options"},
    {MeetingKind::Negotiation, 90, "Lever-by-lever discussion",
     "Went through money, time, rights and risk one by one. They can commit to a longer term if "
     "the first six months carry an exit clause; we can drop the setup fee if they agree to a "
     "case study. {name} needs legal to review the data-sharing terms before anything is signed.",
     "Positions and possible concessions on each lever",
     "An exit clause unlocks a longer commitment", "Legal review of the data-sharing terms"},
    {MeetingKind::Call, 30, "Closing open points",
     "Call to close open points. Both sides moved: they accepted volume tiers, we brought the "
     "go-live date forward by two weeks. {name} asked for the final draft by Friday so it can go "
     "to "
     "their board. The remaining risk is the ERP integration, which we will scope together.",
     "Updated timeline and tier table", "Board approval is the last internal step",
     "Send the final draft by Friday"},
    {MeetingKind::Email, 0, "Contract markup from their legal team",
     "Email exchange on the draft agreement. Legal at {company} marked up the liability clause and "
     "the renewal notice period. Nothing that changes the economics. Sent a clean version with our "
     "comments and proposed a signing call next week with {name} and their finance director.",
     "Clean contract version with comments", "Only legal wording is still open",
     "Schedule the signing call"},
}};

inline constexpr std::array<Template, 2> kStage4{{
    {MeetingKind::Call, 60, "Kick-off after signing",
     "Kick-off with {name} after signing. Agreed on a project plan, the two pilot regions and a "
     "weekly check-in. Field reps will get a short training so they know how online orders from "
     "their accounts are credited. The first review of results is planned for the end of the "
     "quarter.",
     "Project plan and training outline for reps", "Weekly check-ins on Tuesdays suit their team",
     "Run the first rep training session"},
    {MeetingKind::Call, 45, "First monthly review",
     "Monthly review with {name}. Online reorders in the pilot regions are up and reps report "
     "fewer manual order entries. Two large accounts still email spreadsheets; their reps will "
     "show them the reorder list. We agreed to add the next region once the quarter closes.",
     "Pilot dashboard with reorder figures", "Reps now promote the portal to their own accounts",
     "Prepare the rollout plan for the next region"},
}};

inline constexpr std::array<Text, 4> kInsightTitles{
    "Most B2B buyers research online before they call a rep",
    "Reorders are the first orders to move online", "Where B2B carts are left unfinished",
    "How distributors credit field reps for web orders"};
inline constexpr std::array<Text, 4> kDataItems{"Online revenue", "Number of orders",
                                                "Abandoned carts", "Unique visits"};

struct MetricDef
{
    Text name;
    Text unit;
    double low;
    double high;
};
inline constexpr std::array<MetricDef, 4> kMetrics{{
    {"Online share of revenue", "%", 8, 35},
    {"Average online order value", "USD", 250, 1800},
    {"Cart abandonment rate", "%", 45, 80},
    {"Repeat order rate", "%", 30, 70},
}};

inline constexpr std::array<Text, 4> kOpportunityTitles{
    "Self-service reorders for accounts reps already own",
    "A quoting link that credits the field rep", "Rep follow-up on unfinished carts",
    "Scheduled orders for consumables"};

inline constexpr std::array<Text, 4> kLostReasons{
    "Decided to extend their in-house portal instead",
    "Budget frozen after their acquisition was announced",
    "Chose a marketplace vendor with a lower monthly fee",
    "No sponsor left after the sales reorganisation"};
inline constexpr std::array<Text, 2> kHoldReasons{"Paused until their ERP migration is finished",
                                                  "Their champion is on leave until next quarter"};
inline constexpr std::array<Text, 5> kTags{"priority", "referral", "trade-show", "pilot",
                                           "multi-site"};

struct LeverText
{
    Text ours;
    Text theirs;
    Text ourConcession;
    Text theirConcession;
};
inline constexpr std::array<LeverText, 4> kLeverText{{
    {"Annual licence with volume tiers", "Pay per order in the first year", "Setup fee waived",
     "Two-year term"},
    {"Go live in ten weeks", "Live before the autumn catalogue", "Go-live two weeks earlier",
     "Pilot limited to two regions"},
    {"Case study and reference rights", "Exclusivity in their region",
     "Regional exclusivity for a year", "Case study after six months"},
    {"Success fee above an agreed baseline", "Exit clause after six months",
     "Exit clause after six months", "Shared data for the baseline"},
}};

} // namespace accord::core::demo
