import type { Card } from './card-types.ts';

/**
 * The deck. Era 1 cards are dated public events (2019–2026); era 2 and era 3 cards are projections and
 * say so in their source. Flavour text carries no numbers: the effects are the numbers.
 * Design notes: strong events sit on 3–4 ops cards, so playing the rival's best cards for operations hurts;
 * cards with an escalation step are a risk for whoever fires them. Export-control and retaliation effects
 * already escalate by the levels they move, so those cards carry no separate escalation step.
 */
export const cardData = [
  // ───────────────────────────── Era 1: 2025–2026 (history) ─────────────────────────────
  // US
  {
    id: 'h20-licence-requirement',
    title: 'The H20 Licence',
    era: 1,
    owner: 'us',
    ops: 3,
    flavour:
      'Washington requires a licence even for the downgraded accelerators built for China, and Nvidia writes off the inventory.',
    effects: [
      { kind: 'exportControls', levels: 1 },
      { kind: 'budget', target: 'player', amountBn: -2 },
    ],
    removeAfterEvent: true,
    source: 'Nvidia Form 8-K, 2025-04-15; BIS licence requirement',
    date: '2025-04',
    objectives: ['exportControls'],
  },
  {
    id: 'december-package',
    title: 'The December Package',
    era: 1,
    owner: 'us',
    ops: 3,
    flavour:
      'BIS adds high-bandwidth memory and more tool types to the controls and puts scores of Chinese fabs and toolmakers on the Entity List.',
    effects: [
      { kind: 'hbm', target: 'opponent', amountKChips: -200 },
      { kind: 'toolWear', target: 'opponent', delta: 0.1 },
    ],
    removeAfterEvent: true,
    source: 'BIS rule, 2024-12-02 (HBM controls, 140 entities)',
    date: '2024-12',
    objectives: ['memory', 'toolWear'],
  },
  {
    id: 'chips-and-science-act',
    title: 'CHIPS and Science Act',
    era: 1,
    owner: 'us',
    ops: 3,
    flavour:
      'Congress funds fabs on American soil with grants and a generous tax credit, and the fabs learn to expect them.',
    effects: [
      { kind: 'budget', target: 'player', amountBn: 8 },
      { kind: 'dependency', target: 'player', amount: 1 },
    ],
    removeAfterEvent: true,
    source: 'CHIPS and Science Act, signed 2022-08-09',
    date: '2022-08',
    objectives: ['subsidies'],
  },
  {
    id: 'cuda-developer-base',
    title: 'The CUDA Moat',
    era: 1,
    owner: 'us',
    ops: 2,
    flavour:
      'Every lab, university and start-up already writes for CUDA, and every new graduate learns it first.',
    effects: [
      { kind: 'developers', target: 'player', amountM: 0.4 },
      { kind: 'influence', target: 'player', amount: 1 },
    ],
    removeAfterEvent: false,
    source: 'Nvidia Form 10-K, FY2025 (filed 2025-02)',
    date: '2025-02',
    objectives: ['ecosystem'],
  },
  {
    id: 'n2-volume',
    title: '2nm Enters Volume',
    era: 1,
    owner: 'us',
    ops: 3,
    flavour:
      'TSMC starts volume production of gate-all-around transistors on schedule, with healthy early yields.',
    effects: [
      { kind: 'yield', target: 'player', deltaFraction: 0.03 },
      { kind: 'computeLead', delta: 1 },
    ],
    removeAfterEvent: true,
    source: 'TSMC Q3 2025 earnings call, 2025-10-16 (N2 enters volume production in Q4 2025)',
    date: '2025-10',
    objectives: ['yields'],
  },
  {
    id: 'servicing-licences-lapse',
    title: 'The Engineers Go Home',
    era: 1,
    owner: 'us',
    ops: 3,
    flavour:
      'Dutch servicing licences for Chinese immersion scanners lapse, and ASML field engineers stop coming to the fabs.',
    effects: [{ kind: 'toolWear', target: 'opponent', delta: 0.15 }],
    removeAfterEvent: true,
    source:
      'Dutch Ministry of Foreign Affairs, 2024-09-06 (ASML servicing and spare parts for 1970i/1980i scanners need a licence); DatacenterDynamics, 2024 (servicing licences expiring at end-2024 not renewed)',
    date: '2024-12',
    objectives: ['toolWear', 'lithography'],
  },
  {
    id: 'stargate',
    title: 'Stargate',
    era: 1,
    owner: 'us',
    ops: 3,
    flavour:
      'OpenAI, SoftBank and Oracle announce a private data-centre build-out on a scale normally reserved for states.',
    effects: [
      { kind: 'power', target: 'player', amountGw: 2 },
      { kind: 'budget', target: 'player', amountBn: 2 },
    ],
    removeAfterEvent: true,
    source: 'OpenAI announcement, 2025-01-21',
    date: '2025-01',
    objectives: ['power'],
  },
  {
    id: 'training-runs-crash',
    title: 'Training Runs Crash',
    era: 1,
    owner: 'us',
    ops: 2,
    flavour:
      'A flagship Chinese model slips after training on domestic accelerators keeps failing, and engineers fall back to Nvidia hardware.',
    effects: [
      { kind: 'efficiencyProgress', target: 'opponent', points: -1 },
      { kind: 'maturity', target: 'opponent', amount: -0.5 },
    ],
    removeAfterEvent: true,
    source: 'Financial Times, 2025-08-14 (DeepSeek R2 delayed by Ascend training problems)',
    date: '2025-08',
    objectives: ['ecosystem', 'efficiency'],
  },
  // China
  {
    id: 'deepseek-v3',
    title: 'DeepSeek-V3',
    era: 1,
    owner: 'china',
    ops: 4,
    flavour:
      'A frontier-class open model trained on export-compliant GPUs for a sliver of the usual cost, and Western labs read the paper the same night.',
    effects: [
      { kind: 'efficiencyProgress', target: 'player', points: 2 },
      { kind: 'influence', target: 'player', amount: 2 },
      { kind: 'efficiencyProgress', target: 'opponent', points: 1 },
    ],
    removeAfterEvent: true,
    source: 'DeepSeek-AI, arXiv 2412.19437, 2024-12',
    date: '2024-12',
    objectives: ['efficiency', 'openSource'],
  },
  {
    id: 'big-fund-iii',
    title: 'Big Fund III',
    era: 1,
    owner: 'china',
    ops: 3,
    flavour:
      'The state chip fund raises its largest round yet, and the fabs it backs grow used to the money.',
    effects: [
      { kind: 'budget', target: 'player', amountBn: 10 },
      { kind: 'dependency', target: 'player', amount: 1 },
    ],
    removeAfterEvent: true,
    source: 'Reuters, 2024-05 (National IC Industry Investment Fund III)',
    date: '2024-05',
    objectives: ['subsidies'],
  },
  {
    id: 'ascend-yields-climb',
    title: 'Yields Climb at SMIC',
    era: 1,
    owner: 'china',
    ops: 2,
    flavour:
      'Huawei and SMIC claw Ascend yields up from dismal towards merely poor, and the target moves higher.',
    effects: [{ kind: 'yield', target: 'player', deltaFraction: 0.05 }],
    removeAfterEvent: true,
    source: 'Reuters via TrendForce, 2024-11; FT via Digitimes, 2025-02',
    date: '2025-02',
    objectives: ['yields'],
  },
  {
    id: 'cloudmatrix-384',
    title: 'CloudMatrix 384',
    era: 1,
    owner: 'china',
    ops: 3,
    flavour:
      "Huawei wires hundreds of Ascend chips into one optical supernode that outmuscles Nvidia's rack, at several times the power bill.",
    effects: [
      { kind: 'interconnect', target: 'player', levels: 1 },
      { kind: 'influence', target: 'player', amount: 1 },
    ],
    removeAfterEvent: true,
    source: 'SemiAnalysis, 2025-04 (CloudMatrix 384 vs GB200 NVL72)',
    date: '2025-04',
    objectives: ['interconnect'],
  },
  {
    id: 'hbm-stockpile',
    title: 'Stockpile Before the Gate',
    era: 1,
    owner: 'china',
    ops: 2,
    flavour:
      'Chinese buyers sweep up accelerators and memory stacks in the months before a rule takes effect.',
    effects: [{ kind: 'handler', name: 'stockpileRush' }],
    removeAfterEvent: true,
    source: 'Reuters, 2024-08 (Chinese firms stockpile Samsung HBM ahead of US curbs)',
    date: '2024-08',
    objectives: ['memory', 'exportControls'],
  },
  {
    id: 'stop-buying-nvidia',
    title: 'Stop Buying Nvidia',
    era: 1,
    owner: 'china',
    ops: 3,
    flavour:
      "China's internet regulator tells its tech giants to cancel Nvidia orders, and their engineers are sent to port to domestic chips.",
    effects: [
      { kind: 'retaliation', levels: 1 },
      { kind: 'developers', target: 'player', amountM: 0.3 },
    ],
    removeAfterEvent: true,
    source: 'Financial Times, 2025-09-17 (CAC order on RTX Pro 6000D)',
    date: '2025-09',
    objectives: ['marketFiat', 'ecosystem', 'escalation'],
  },
  {
    id: 'gallium-germanium',
    title: 'Gallium and Germanium',
    era: 1,
    owner: 'china',
    ops: 2,
    flavour:
      'Beijing licenses, then bans, exports of the minor metals it dominates, and Western buyers scramble for supply.',
    effects: [
      { kind: 'budget', target: 'opponent', amountBn: -3 },
      { kind: 'escalation', delta: 1 },
    ],
    removeAfterEvent: true,
    source: 'MOFCOM announcements, 2023-07-03 (export licences) and 2024-12-03 (ban on exports to the US)',
    date: '2023-07',
    objectives: ['escalation'],
  },
  {
    id: 'east-data-west-compute',
    title: 'East Data, West Compute',
    era: 1,
    owner: 'china',
    ops: 2,
    flavour:
      'A national plan moves data centres to the windy, sunny western provinces where land and power are cheap.',
    effects: [{ kind: 'power', target: 'player', amountGw: 2 }],
    removeAfterEvent: true,
    source: 'NDRC, 2022-02 (national computing hub plan)',
    date: '2022-02',
    objectives: ['power'],
  },
  // Neutral
  {
    id: 'hualien-earthquake',
    title: 'Hualien Earthquake',
    era: 1,
    owner: 'neutral',
    ops: 1,
    flavour:
      "A strong quake shakes Taiwan's fabs; most tools are back within hours, but wafers in process are scrapped.",
    effects: [{ kind: 'yield', target: 'us', deltaFraction: -0.05 }],
    removeAfterEvent: true,
    source: 'TSMC statement, 2024-04-03',
    date: '2024-04',
    objectives: ['yields'],
  },
  {
    id: 'busan-truce',
    title: 'The Busan Truce',
    era: 1,
    owner: 'neutral',
    ops: 2,
    flavour:
      'The two leaders meet, Beijing suspends its mineral bans and Washington pauses a rule, and both markets exhale.',
    effects: [
      { kind: 'escalation', delta: -1 },
      { kind: 'retaliation', levels: -1 },
      { kind: 'influence', target: 'player', amount: 1 },
    ],
    removeAfterEvent: true,
    source: 'Trump–Xi meeting, Busan, 2025-10-30; MOFCOM suspension, 2025-11',
    date: '2025-10',
    objectives: ['escalation', 'exportControls'],
  },

  // ───────────────────────────── Era 2: 2027–2029 (projections) ─────────────────────────────
  // US
  {
    id: 'rubin-racks',
    title: 'Rubin Racks Ship',
    era: 2,
    owner: 'us',
    ops: 3,
    flavour:
      'The next generation of rack-scale systems arrives with stacked memory and a faster switch fabric, and the hyperscalers take every one.',
    effects: [{ kind: 'chips', target: 'player', amountK: 200, performancePflops: 2 }],
    removeAfterEvent: true,
    source: 'Nvidia GTC keynote, 2025-03-18: Rubin Ultra roadmap for H2 2027 (projection)',
    date: '2027-09',
    objectives: ['lithography'],
  },
  {
    id: 'high-na-production',
    title: 'High-NA in Production',
    era: 2,
    owner: 'us',
    ops: 3,
    flavour:
      'The newest scanners move from pilot lines to production, printing in one pass what once took several.',
    effects: [
      { kind: 'yield', target: 'player', deltaFraction: 0.03 },
      { kind: 'computeLead', delta: 1 },
    ],
    removeAfterEvent: true,
    source: 'Intel Foundry Direct Connect, 2025-04-29: 14A on High-NA EUV (production in 2027 a projection)',
    date: '2027-06',
    objectives: ['yields'],
  },
  {
    id: 'spare-parts-dragnet',
    title: 'Spare-Parts Dragnet',
    era: 2,
    owner: 'us',
    ops: 4,
    flavour:
      'Allied customs chase the brokers who smuggle lenses, stages and pumps to Chinese fabs, and Beijing calls it economic warfare.',
    effects: [
      { kind: 'toolWear', target: 'opponent', delta: 0.2 },
      { kind: 'escalation', delta: 1 },
    ],
    removeAfterEvent: true,
    source:
      'Dutch Ministry of Foreign Affairs, 2024-09-06 (spare parts and servicing under licence); the allied dragnet a projection',
    date: '2027-03',
    objectives: ['toolWear', 'escalation'],
  },
  {
    id: 'affiliates-rule-returns',
    title: 'The Affiliates Rule Returns',
    era: 2,
    owner: 'us',
    ops: 3,
    flavour:
      'The suspended rule extending the Entity List to majority-owned subsidiaries comes back into force, closing a wide loophole.',
    effects: [
      { kind: 'exportControls', levels: 1 },
      { kind: 'budget', target: 'opponent', amountBn: -3 },
    ],
    removeAfterEvent: true,
    source: 'BIS affiliates rule, 2025-09-29, suspended 2025-11 (reinstatement a projection)',
    date: '2027-01',
    objectives: ['exportControls', 'escalation'],
  },
  {
    id: 'restarted-reactors',
    title: 'Restarted Reactors',
    era: 2,
    owner: 'us',
    ops: 2,
    flavour: 'A shuttered nuclear plant comes back on line under a long contract to feed a hyperscaler.',
    effects: [{ kind: 'power', target: 'player', amountGw: 2 }],
    removeAfterEvent: true,
    source: 'Constellation–Microsoft power agreement, 2024-09-20 (Crane restart; projection for 2027)',
    date: '2027-10',
    objectives: ['power'],
  },
  {
    id: 'gulf-campuses',
    title: 'Gulf Campuses',
    era: 2,
    owner: 'us',
    ops: 2,
    flavour:
      'American chips light up giant desert campuses in the Gulf, on American software and American terms.',
    effects: [
      { kind: 'influence', target: 'player', amount: 2 },
      { kind: 'power', target: 'player', amountGw: 1 },
    ],
    removeAfterEvent: true,
    source: 'US Department of Commerce, 2025-05-15: 5GW UAE–US AI campus (build-out a projection)',
    date: '2027-05',
    objectives: ['power'],
  },
  // China
  {
    id: 'homecoming',
    title: 'Homecoming',
    era: 2,
    owner: 'china',
    ops: 3,
    flavour:
      'Visa trouble and generous offers bring a wave of senior researchers home from American labs, and their know-how comes with them.',
    effects: [{ kind: 'handler', name: 'talentExchange' }],
    removeAfterEvent: true,
    source:
      "MIT Technology Review, 2024-03-27, on MacroPolo's Global AI Talent Tracker 2.0 (more top Chinese AI researchers stay home; trend a projection)",
    date: '2027-08',
    objectives: ['efficiency', 'ecosystem'],
  },
  {
    id: 'euv-prototype-line',
    title: 'EUV Prototype Line',
    era: 2,
    owner: 'china',
    ops: 4,
    flavour:
      'A state-backed team turns its laboratory light source into a working prototype scanner, bankrolled without limit.',
    effects: [
      { kind: 'researchProgress', target: 'player', track: 'domesticEuv', points: 2 },
      { kind: 'dependency', target: 'player', amount: 1 },
    ],
    removeAfterEvent: true,
    source: 'Reuters, 2025-12-17: EUV prototype in Shenzhen, working chips targeted for 2028 (projection)',
    date: '2028-03',
    objectives: ['lithography', 'subsidies'],
  },
  {
    id: 'cxmt-hbm3',
    title: "CXMT's HBM3",
    era: 2,
    owner: 'china',
    ops: 3,
    flavour:
      'A domestic memory maker ships its first stacked high-bandwidth memory, a generation behind but outside any control list.',
    effects: [
      { kind: 'researchProgress', target: 'player', track: 'domesticHbm', points: 1 },
      { kind: 'hbm', target: 'player', amountKChips: 300 },
    ],
    removeAfterEvent: true,
    source: 'DigiTimes, 2025-10-23: CXMT HBM3 samples to Huawei, volume in 2026 (projection)',
    date: '2027-02',
    objectives: ['memory'],
  },
  {
    id: 'cannibal-workshops',
    title: 'Cannibal Workshops',
    era: 2,
    owner: 'china',
    ops: 2,
    flavour:
      'Fab technicians strip retired scanners for parts and reverse-engineer the rest, keeping the lines running a little longer.',
    effects: [
      { kind: 'researchProgress', target: 'player', track: 'domesticSpares', points: 1 },
      { kind: 'toolWear', target: 'player', delta: -0.1 },
    ],
    removeAfterEvent: false,
    source:
      'Reuters, 2025-12-17 (parts from older ASML machines bought on secondary markets); projection, magnitude a design number',
    date: '2027-04',
    objectives: ['toolWear'],
  },
  {
    id: 'domestic-chips-only',
    title: 'Domestic Chips Only',
    era: 2,
    owner: 'china',
    ops: 3,
    flavour:
      'Every state-funded data centre must run on domestic accelerators, a captive market bought at the cost of slower research.',
    effects: [
      { kind: 'developers', target: 'player', amountM: 0.4 },
      { kind: 'budget', target: 'player', amountBn: 3 },
      { kind: 'efficiencyProgress', target: 'player', points: -1 },
    ],
    removeAfterEvent: true,
    source:
      'Reuters, 2025-11-05: foreign AI chips banned from state-funded data centres (nationwide extension a projection)',
    date: '2027-01',
    objectives: ['marketFiat', 'ecosystem'],
  },
  {
    id: 'atlas-950-superpod',
    title: 'Atlas 950 SuperPoD',
    era: 2,
    owner: 'china',
    ops: 4,
    flavour:
      'Huawei links thousands of its next-generation chips into a single supernode over its own optical fabric.',
    effects: [
      { kind: 'interconnect', target: 'player', levels: 1 },
      { kind: 'chips', target: 'player', amountK: 60, performancePflops: 1 },
    ],
    removeAfterEvent: true,
    source: 'Huawei Connect keynote, 2025-09-18: Atlas 950 SuperPoD roadmap (projection)',
    date: '2027-11',
    objectives: ['interconnect'],
  },
  {
    id: 'rare-earth-regime',
    title: 'Rare Earth Regime',
    era: 2,
    owner: 'china',
    ops: 4,
    flavour:
      'Beijing reinstates its sweeping licences on rare earths and magnets, and American turbine and transformer makers stall.',
    effects: [
      { kind: 'retaliation', levels: 1 },
      { kind: 'budget', target: 'opponent', amountBn: -2 },
    ],
    removeAfterEvent: true,
    source: 'MOFCOM rules, 2025-04-04 and 2025-10-09 (reinstatement a projection)',
    date: '2028-01',
    objectives: ['exportControls', 'escalation'],
  },
  // Neutral
  {
    id: 'strait-crisis',
    title: 'Strait Crisis',
    era: 2,
    owner: 'neutral',
    ops: 4,
    flavour:
      'Live-fire drills become a quarantine of the island, shipping insurers walk away, and the fabs run on emergency stocks.',
    effects: [{ kind: 'handler', name: 'taiwanStraitCrisis' }],
    removeAfterEvent: true,
    source:
      'PLA Eastern Theater Command, 2025-04-02: "Strait Thunder-2025A" drills (a quarantine a projection)',
    date: '2028-04',
    objectives: ['escalation'],
  },
  {
    id: 'transformer-shortage',
    title: 'Transformer Shortage',
    era: 2,
    owner: 'neutral',
    ops: 1,
    flavour:
      'Grid transformers are back-ordered for years, and finished data halls sit dark waiting for a connection.',
    effects: [{ kind: 'power', target: 'opponent', amountGw: -1.5 }],
    removeAfterEvent: false,
    source: 'Wood Mackenzie, 2024-04: "Power transformers: supply shortage and high lead times" (projection)',
    date: '2027-07',
    objectives: ['power'],
  },
  {
    id: 'open-weights-race',
    title: 'Open Weights Race',
    era: 2,
    owner: 'neutral',
    ops: 2,
    flavour:
      'A lab releases its best model for anyone to download; the world adopts it, and the rival studies every layer.',
    effects: [
      { kind: 'influence', target: 'player', amount: 2 },
      { kind: 'efficiencyProgress', target: 'opponent', points: 1 },
    ],
    removeAfterEvent: false,
    source:
      'Meta Llama 3.1, 2024-07-23; Alibaba Qwen2.5, 2024-09; DeepSeek-R1, 2025-01-20 (open-weight releases; projection)',
    date: '2027-06',
    objectives: ['openSource', 'efficiency'],
  },

  // ───────────────────────────── Era 3: 2030–2032 (projections) ─────────────────────────────
  // US
  {
    id: 'angstrom-era',
    title: 'The Angstrom Era',
    era: 3,
    owner: 'us',
    ops: 3,
    flavour:
      'Accelerators built on the first angstrom-class process reach the clusters, with backside power delivery.',
    effects: [
      { kind: 'chips', target: 'player', amountK: 100, performancePflops: 3 },
      { kind: 'computeLead', delta: 1 },
    ],
    removeAfterEvent: true,
    source: 'TSMC North America Technology Symposium, 2025-04-23: A14 in 2028 (projection)',
    date: '2030-03',
    objectives: ['lithography'],
  },
  {
    id: 'light-between-racks',
    title: 'Light Between Racks',
    era: 3,
    owner: 'us',
    ops: 2,
    flavour:
      'Co-packaged optics replace copper and pluggable modules, so vast clusters behave like one machine.',
    effects: [
      { kind: 'interconnect', target: 'player', levels: 1 },
      { kind: 'power', target: 'player', amountGw: 0.5 },
    ],
    removeAfterEvent: true,
    source: 'Nvidia GTC keynote, 2025-03-18: silicon photonics switches (projection)',
    date: '2030-06',
    objectives: ['interconnect', 'power'],
  },
  {
    id: 'gigawatt-campuses',
    title: 'Gigawatt Campuses',
    era: 3,
    owner: 'us',
    ops: 3,
    flavour:
      'Single training sites now draw as much power as a city, built behind the meter with their own gas turbines.',
    effects: [
      { kind: 'power', target: 'player', amountGw: 3 },
      { kind: 'budget', target: 'player', amountBn: -2 },
    ],
    removeAfterEvent: true,
    source: 'EPRI and Epoch AI, "Scaling Intelligence", 2025-08 (trend; projection)',
    date: '2030-01',
    objectives: ['power'],
  },
  {
    id: 'full-stack-embargo',
    title: 'Full-Stack Embargo',
    era: 3,
    owner: 'us',
    ops: 4,
    flavour:
      'Washington and its allies cut off every remaining tool, part and chip, and Beijing recalls its ambassador.',
    effects: [
      { kind: 'exportControls', levels: 1 },
      { kind: 'toolGroups', target: 'opponent', count: -1 },
    ],
    removeAfterEvent: true,
    source: 'BIS rules, 2022-10-07, 2023-10-17 and 2024-12-02 (a full embargo a projection)',
    date: '2030-09',
    objectives: ['exportControls', 'toolWear', 'escalation'],
  },
  {
    id: 'chip-location-verification',
    title: 'Location-Verified Chips',
    era: 3,
    owner: 'us',
    ops: 3,
    flavour:
      'Accelerators must prove where they are running, and smuggled chips in Chinese data centres go dark; Beijing protests.',
    effects: [
      { kind: 'chips', target: 'opponent', amountK: -50, performancePflops: 1 },
      { kind: 'escalation', delta: 1 },
    ],
    removeAfterEvent: true,
    source: 'Chip Security Act, S. 1705, introduced 2025-05-08 (enactment a projection)',
    date: '2031-02',
    objectives: ['escalation'],
  },
  {
    id: 'cuda-curriculum',
    title: 'CUDA in Every Curriculum',
    era: 3,
    owner: 'us',
    ops: 2,
    flavour:
      'Parallel programming courses worldwide teach on the dominant stack, and the moat deepens another year.',
    effects: [
      { kind: 'developers', target: 'player', amountM: 0.5 },
      { kind: 'influence', target: 'player', amount: 1 },
    ],
    removeAfterEvent: false,
    source: 'Nvidia Form 10-K developer counts, 2024-02 and 2025-02 (trend; projection)',
    date: '2030-09',
    objectives: ['ecosystem'],
  },
  // China
  {
    id: 'first-light',
    title: 'First Light',
    era: 3,
    owner: 'china',
    ops: 4,
    flavour:
      'The first wafers exposed on a domestic EUV line come out of the fab, and the whole industry studies the pictures.',
    effects: [
      { kind: 'researchProgress', target: 'player', track: 'domesticEuv', points: 2 },
      { kind: 'computeLead', delta: -1 },
    ],
    removeAfterEvent: true,
    source: 'Reuters, 2025-12-17: domestic EUV chips targeted for 2028, 2030 more realistic (projection)',
    date: '2030-06',
    objectives: ['lithography'],
  },
  {
    id: 'stacked-in-wuhan',
    title: 'Stacked in Wuhan',
    era: 3,
    owner: 'china',
    ops: 3,
    flavour:
      'Domestic memory makers master the stacking and bonding steps, and high-bandwidth memory stops being the bottleneck.',
    effects: [
      { kind: 'researchProgress', target: 'player', track: 'domesticHbm', points: 1 },
      { kind: 'hbm', target: 'player', amountKChips: 400 },
    ],
    removeAfterEvent: true,
    source: 'Reuters, 2024-05-15: CXMT and Wuhan Xinxin start on HBM (catch-up a projection)',
    date: '2030-04',
    objectives: ['memory'],
  },
  {
    id: 'the-great-port',
    title: 'The Great Port',
    era: 3,
    owner: 'china',
    ops: 3,
    flavour:
      'The big platforms finish porting their training stacks from CUDA to CANN, after years of broken kernels and rewritten libraries.',
    effects: [
      { kind: 'maturity', target: 'player', amount: 1 },
      { kind: 'developers', target: 'player', amountM: 0.3 },
      { kind: 'budget', target: 'player', amountBn: -2 },
    ],
    removeAfterEvent: false,
    source:
      'Huawei, Ascend Computing Industry Development Summit, 2025-08-05: CANN to be open-sourced (projection)',
    date: '2030-02',
    objectives: ['ecosystem'],
  },
  {
    id: 'open-frontier',
    title: 'The Open Frontier',
    era: 3,
    owner: 'china',
    ops: 3,
    flavour:
      'A Chinese lab releases an open model that tops the public leaderboards; the world downloads it, and rival labs absorb its tricks.',
    effects: [
      { kind: 'influence', target: 'player', amount: 3 },
      { kind: 'efficiencyProgress', target: 'player', points: 1 },
      { kind: 'efficiencyProgress', target: 'opponent', points: 1 },
    ],
    removeAfterEvent: true,
    source: 'Epoch AI, arXiv 2403.05812, 2024-03 (algorithmic progress trend; projection)',
    date: '2031-01',
    objectives: ['openSource', 'efficiency'],
  },
  {
    id: 'quadruple-patterning-tamed',
    title: 'Quadruple Patterning Tamed',
    era: 3,
    owner: 'china',
    ops: 3,
    flavour:
      'SMIC finally gets respectable yields out of its DUV-only advanced line, by running the scanners harder than ever.',
    effects: [
      { kind: 'yield', target: 'player', deltaFraction: 0.06 },
      { kind: 'toolWear', target: 'player', delta: 0.1 },
    ],
    removeAfterEvent: true,
    source: 'Asia Times, 2024-02 (5nm-class DUV yields; projection)',
    date: '2030-08',
    objectives: ['yields', 'toolWear', 'lithography'],
  },
  // Neutral
  {
    id: 'verification-talks',
    title: 'Verification Talks',
    era: 3,
    owner: 'neutral',
    ops: 2,
    flavour:
      'Negotiators agree to a hotline and inspections of the largest training runs, building on an earlier pledge to keep humans in charge of nuclear decisions.',
    effects: [
      { kind: 'escalation', delta: -1 },
      { kind: 'influence', target: 'player', amount: 2 },
    ],
    removeAfterEvent: true,
    source:
      'White House readout, Biden–Xi meeting, Lima, 2024-11-16 (humans keep nuclear decisions; talks a projection)',
    date: '2030-11',
    objectives: ['escalation'],
  },
  {
    id: 'zombie-fabs',
    title: 'Zombie Fabs',
    era: 3,
    owner: 'neutral',
    ops: 1,
    flavour:
      'A subsidised megaproject collapses half-built, and the bill lands on the sponsor that kept it alive.',
    effects: [
      { kind: 'dependency', target: 'opponent', amount: 1 },
      { kind: 'budget', target: 'opponent', amountBn: -2 },
    ],
    removeAfterEvent: false,
    source:
      'South China Morning Post, 2020-11-18: HSMC Wuhan taken over by its district government (precedent; projection)',
    date: '2030-05',
    objectives: ['subsidies'],
  },
] as const satisfies readonly Card[];
