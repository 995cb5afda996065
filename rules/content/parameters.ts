/**
 * Every number the rules use, with its default (the 2025 baseline). Scenarios override any leaf by its
 * dotted path (`yieldCap.duv.n7`). Units live in the names. Figures marked "design number" are not
 * from a source: they are tuned by measurement in the balance lab.
 */
export const defaultParameters = {
  calendar: {
    startYear: 2025,
    roundCount: 8,
    /** Action rounds per side per round, after the headline. */
    actionRoundsPerSide: 4,
    handSize: 6,
    /** Rounds (1-based) at whose start era 2 and era 3 cards join the deck. */
    era2StartRound: 3,
    era3StartRound: 6,
  },
  nodes: {
    /** Gross dies per 300 mm wafer for a ~800 mm² accelerator die (design number). */
    diesPerWafer: { n7: 60, n5: 62, n3: 64, n2: 66 },
    /** Dense BF16 PFLOPS per good die: Ascend 910C ~0.78 on 7nm-class; B200-class ~1.25 per die (SemiAnalysis). */
    chipPerformancePflops: { n7: 0.78, n5: 1.25, n3: 2.0, n2: 3.0 },
    /** Wafer price in thousands of US dollars (press estimates of TSMC pricing). */
    waferCostKUsd: { n7: 10, n5: 17, n3: 20, n2: 30 },
    /** DUV exposures per critical layer: 7nm-class double, 5nm-class quadruple patterning. 0 = impossible. */
    duvPatterningPasses: { n7: 2, n5: 4, n3: 0, n2: 0 },
    /** Capital cost of a new fab module in $Bn (design number, from public fab announcements). */
    fabBuildCostBn: { n7: 8, n5: 12, n3: 18, n2: 25 },
    /**
     * HBM stacks and advanced packaging per accelerator, in thousands of US dollars: HBM is about half of
     * a Blackwell's bill of materials (SemiAnalysis, 2024-04; design number). China's domestic stacks and
     * packaging cost more per working chip (older HBM, lower packaging yields; design number).
     */
    packagingCostKUsdPerChip: { us: 2, china: 5 },
  },
  /**
   * Yield each route and node learns toward. TSMC 5nm 80–90%, 3nm ~80% (EE Times; EDN Asia). SMIC's
   * 7nm- and 5nm-class DUV multi-patterning: 30–40% (the source article; Digitimes 2024-03). China's own
   * EUV lines learn toward `domesticEuvYieldShare` of the EUV caps (design number: a first-generation tool).
   */
  yieldCap: {
    euv: { n7: 0.92, n5: 0.88, n3: 0.8, n2: 0.7 },
    duv: { n7: 0.4, n5: 0.32, n3: 0, n2: 0 },
    domesticEuvYieldShare: 0.7,
  },
  fabs: {
    /** Share of the gap to the yield cap closed each round by ordinary learning (design number). */
    yieldLearningPerRound: 0.2,
    /** Extra share of the gap closed by a yield-learning action (design number). */
    yieldLearningActionShare: 0.35,
    yieldLearningActionCostBn: 2,
    /** Starting yield of a new fab. */
    newFabYieldFraction: 0.3,
    newFabCapacityKWafersPerRound: 25,
    fabBuildRounds: 2,
    /** Year from which the US side can build 2nm (TSMC volume from Q4 2025). */
    usN2FirstYear: 2026,
  },
  tools: {
    /** Wafers a DUV tool group exposes per round at one pass per layer, in thousands (design number). */
    waferKPerToolGroupSingleExposure: 14,
    /** Wear a tool group gains per round per exposure pass of its work (design number). */
    wearPerPassPerRound: 0.07,
    serviceCostBnPerToolGroup: 0.4,
    /** Domestic spares cost more than ASML's (design number). */
    domesticServiceCostMultiplier: 1.8,
    toolGroupCostBn: 2.5,
    domesticToolGroupCostBn: 3.5,
  },
  controls: {
    /** Export-control track levels at which each restriction bites (BIS rules 2022-10, 2023-10, 2024-12). */
    chipExportBanLevel: 1,
    toolSalesBanLevel: 2,
    hbmBanLevel: 3,
    servicingBanLevel: 4,
    downgradedChipBanLevel: 5,
    maxLevel: 5,
    /** Below the chip ban, China may still buy leading US accelerators, in thousands per round. */
    advancedChipImportsKPerRound: 500,
    advancedChipPerformancePflops: 1,
    /** China's imports per round while still allowed, in thousands of chips (H20-class below the ban). */
    downgradedChipImportsKPerRound: 400,
    downgradedChipPerformancePflops: 0.15,
    /** US revenue lost per round for each control level above the chip ban (design number). */
    usRevenueLossBnPerLevel: 3,
    /** China's retaliation track: gallium/germanium bans, then a ban on Nvidia purchases, then rare earths. */
    mineralBanLevel: 1,
    purchaseBanLevel: 2,
    rareEarthLevel: 3,
    retaliationMaxLevel: 3,
    mineralBanUsCostMultiplier: 1.1,
    nvidiaBanUsRevenueLossBn: 6,
    rareEarthUsPowerCostMultiplier: 1.3,
    toggleCostBn: 1,
  },
  /** Numbers of the events that data cannot say (rules/mechanics/events.ts handlers), design numbers. */
  events: {
    straitCrisisUsCapacityShare: -0.3,
    straitCrisisBudgetLossBn: 5,
    straitCrisisEscalation: 2,
    stockpileHbmKChips: 500,
    stockpileChipsK: 200,
    stockpileControlLevels: 1,
    talentEfficiencyPoints: 1,
    talentDevelopersM: 0.2,
    talentUsInfluenceLoss: 1,
  },
  escalation: {
    /** Reaching this level ends the game: the side that pushed it there loses. */
    limit: 6,
    /** Escalation cools by this much at the end of a quiet round: one in which nothing raised it. */
    coolingPerRound: 1,
    /**
     * Design number (1 before rules 2.6.0): a summit's concessions. At $1Bn cooling was nearly free and
     * escalation ended under 3% of games; at $5Bn it ends 3–12% (issue 16's band), China (the poorer
     * side) de-escalating in about one game in eight.
     */
    deEscalateCostBn: 5,
  },
  research: {
    /**
     * Progress points to complete each domestic track (design numbers, docs/BALANCE.md): with listings
     * that slow rather than erase, EUV 7 (2.0.0: 9; 2.3.0: 7, since the track cannot land before
     * `domesticEuvEarliestYear` anyway), HBM 4 and spares 5 keep the closed loop a race the US can
     * contest, with research under 30% of China's actions.
     */
    domesticEuvPoints: 7,
    /**
     * Reuters 2025-12: chips from a domestic EUV line 2028 at the earliest, 2030 likely. A full track lands
     * at the start of the first round of this year or later: a countdown both sides can see, not a roll.
     */
    domesticEuvEarliestYear: 2028,
    domesticHbmPoints: 4,
    domesticSparesPoints: 5,
    trackActionCostBn: 4,
    trackPointsPerAction: 1,
    /** Research actions a track can absorb in one round (design number): a crash programme, not a trickle. */
    trackActionsPerRound: 3,
    /**
     * The US's Entity List answer (BIS lists in batches): a listing costs the US this much, takes one of
     * the track's research slots this round, and adds lasting friction: every later research action on
     * the track costs `sanctionFrictionCostBn` more per listing, up to `maxSanctionsPerTrack` listings.
     * Progress already made is kept: listings slow a programme, they do not undo it.
     */
    sanctionCostBn: 2,
    sanctionsPerTrackPerRound: 2,
    sanctionFrictionCostBn: 3.9,
    maxSanctionsPerTrack: 4,
  },
  efficiency: {
    /** Effective-compute multiplier of each further algorithmic level: diminishing returns. */
    levelMultipliers: { level1: 1.5, level2: 1.3, level3: 1.15, level4: 1.05 },
    progressPointsPerLevel: 3,
    actionCostBn: 3,
    /** Progress points an efficiency action gives each side: China's labs are the more ingenious. */
    progressPerAction: { us: 1, china: 2 },
  },
  openSource: {
    influenceGain: 3,
    developersGainM: 0.3,
    /** The rival's progress toward its next efficiency level when the open-sourcer is not ahead. */
    rivalProgressGain: 1,
    actionCostBn: 1,
  },
  ecosystem: {
    /** Utilisation on a stack of library maturity 0; maturity 10 reaches full utilisation. */
    utilisationFloor: 0.4,
    maturityMax: 10,
    investCostBn: 3,
    investMaturityGain: 1,
    investDevelopersGainM: 0.2,
    /** Organic developer growth per round (CUDA 4.7M → 5.9M, FY2024 → FY2025 ≈ 25%). */
    developerGrowthPerRound: { us: 0.12, china: 0.1 },
    portingCostBn: 2,
    portingRounds: 2,
    portingMaturityGain: 1.5,
    portingDevelopersGainM: 0.3,
  },
  mandate: {
    /** Captive sales (Beijing's 2025-09 ban on Nvidia purchases); captive developers count for neither ecosystem contest nor self-reliance. */
    captiveRevenueBnPerRound: 4,
    captiveDevelopersGainMPerRound: 0.25,
    /** Utilisation lost while labs are forced onto the weaker stack (design number). */
    utilisationPenalty: 0.06,
    efficiencyMultiplierPenalty: 0.95,
  },
  memory: {
    /** HBM bandwidth per chip in TB/s: GB200 8 vs Ascend 910C 3.2 (SemiAnalysis); domestic HBM lower. */
    usBandwidthTBps: 8,
    /** China's HBM, imported or from CXMT, is of the HBM2e/HBM3 class: one bandwidth for both. */
    importedHbmBandwidthTBps: 3.2,
    /** Memory-wall efficiency = bandwidth / (bandwidth + this): a design number. */
    halfSaturationTBps: 2,
    /** China's HBM stockpile from before the December 2024 controls, in thousands of chip sets. */
    chinaHbmStockpileKChips: 900,
    chinaHbmImportsKChipsPerRound: 800,
    /** CXMT's HBM2e-class output before the domestic HBM track lands, per round (design number). */
    chinaBaseHbmKChipsPerRound: 500,
    /** What the completed domestic HBM track adds at once, and then each round (design numbers). */
    domesticHbmKChipsPerRound: 600,
    domesticHbmGrowthKChipsPerRound: 200,
  },
  interconnect: {
    /** Cluster efficiency = 1 / (1 + overhead × log2(1 + chips / referenceChips)). */
    referenceClusterChips: 1000,
    overheadByLevel: { level1: 0.14, level2: 0.1, level3: 0.07, level4: 0.05, level5: 0.035 },
    maxLevel: 5,
    upgradeCostBn: 4,
  },
  power: {
    /** kW per chip in service, with cooling: NVL72 145 kW / 72; CloudMatrix 384 559 kW / 384. */
    chipPowerKw: { us: 2.0, china: 1.46 },
    buildCostBnPerAction: { us: 4, china: 3 },
    gwPerAction: { us: 3, china: 3 },
    /**
     * Grid capacity added a year for data centres without a deliberate push (design numbers, after EPRI's
     * data-centre load projections, 2024-05): enough that US chips are not power-bound unless neglected.
     */
    organicGrowthGwPerRound: { us: 5, china: 6 },
  },
  compute: {
    /** Share of effective compute used for training; the rest serves inference (design number). */
    trainingShare: 0.5,
    /** Chips retired each round (about a four-year service life). */
    chipRetirementPerRound: 0.25,
    inferenceRevenueBnPerEflops: 0.0015,
  },
  budget: {
    /** Income per round before compute revenue, dependency and controls, in $Bn (design number). */
    baseIncomeBn: { us: 34, china: 38 },
    /** China's wafers cost 40–50% more (FT via Asia Times, 2024-02). */
    waferCostMultiplier: { us: 1, china: 1.45 },
  },
  subsidy: {
    /** CHIPS Act $39B for manufacturing; Big Fund III ≈ $47.5B. */
    poolBn: { us: 39, china: 47.5 },
    trancheBn: { us: 8, china: 10 },
    dependencyPerBn: 0.1,
    /** Each dependency point costs this much income every later round: a tranche pays back in about three rounds (design number). */
    dependencyCostBnPerPoint: 3.5,
    /** Each dependency point slows developer growth by this share (design number). */
    developerGrowthPenaltyPerPoint: 0.02,
  },
  scoring: {
    /** Compute-lead track: either end wins at once. Positive is the US. */
    leadToWin: 8,
    /**
     * The frontier race: each round end compares the ratio of US to Chinese training compute with the
     * ratio at the previous round end (at the first, with the starting fleets). The side that gained at
     * least this share of ground scores 1; at least the second share, 2 (design numbers). The race is
     * won by growing faster, not by being bigger.
     */
    frontierOnePointGain: 0.15,
    frontierTwoPointGain: 0.4,
    /** Adoption race: the side whose influence grew by this much more than the rival's this round scores 1. */
    adoptionRaceMargin: 2,
    /** Ecosystem contest on independent (non-captive) developers: the US scores at this many times China's; China at the share below. */
    ecosystemUsDeveloperRatio: 4,
    /**
     * Design number (0.5 before rules 2.6.0): once China's search played the software contests as well as
     * the efficiency script, at half the US's developers it took the ecosystem point three rounds a game
     * (US 31%); at 0.55 the CUDA moat holds longer and the mirror is even (docs/BALANCE.md).
     */
    ecosystemChinaDeveloperShare: 0.55,
    /**
     * China's self-reliance win is a closed loop from lithography to software, held at this many round
     * ends in a row: domestic EUV producing at least `selfRelianceEuvWafersK` wafers, domestic HBM done
     * and at least `selfRelianceChipsK` chips packaged, domestic spares keeping tools alive, independent
     * developers and library maturity at their thresholds, and subsidy dependency at most the bound.
     */
    selfRelianceEuvWafersK: 10,
    selfRelianceChipsK: 1200,
    selfRelianceDevelopersM: 4,
    selfRelianceMaturity: 7,
    selfRelianceMaxDependency: 4,
    selfRelianceRoundsToHold: 2,
    /**
     * The US chokehold win: at a round's end, the working wafers China's fabs and tools could make (each
     * producing fab's runnable wafers times its yield, DUV and EUV alike) below this, in thousands
     * (design number: yields decide how many tools China needs to stay out of it; 4 before rules 2.5.0,
     * raised with the warning round below so that the chokehold stays a live threat).
     */
    chokeholdGoodWafersK: 8,
    /**
     * Round ends in a row the chokehold must hold before the US wins by it (rules 2.5.0; 1 before): China
     * sees the noose a round ahead and may buy spares, tools or service to slip it, as the loop above is
     * held for two round ends (design number, docs/BALANCE.md).
     */
    chokeholdRoundsToHold: 2,
    /**
     * The frontier-class contest (rules 2.4.0): at each round end China scores 1 when its training
     * compute reaches the year's frontier-class bar (what training a frontier model takes that year), the
     * US scores 1 when it does not. The bar is this many EFLOPS in 2025 and grows by the factor below each
     * year after (design numbers: the frontier's compute outgrows what algorithmic progress saves, Epoch
     * arXiv 2403.05812). Unlike the race, this is a standing against the calendar: every multiplier of
     * China's compute (HBM bandwidth, interconnect, yields, algorithmic efficiency) counts every round.
     */
    frontierClassEflops2025: 385,
    frontierClassGrowthPerYear: 1.35,
  },
  start: {
    budgetBn: { us: 30, china: 35 },
    /** Installed accelerators, thousands of chips, and their average performance. */
    chipsK: { us: 5000, china: 900 },
    chipPerformancePflops: { us: 1.0, china: 0.6 },
    /**
     * Data-centre power serving accelerators, in GW (design numbers: US data centres drew about 17 GW on
     * average in 2023, EPRI 2024-05; China builds generation far faster).
     */
    powerGw: { us: 13, china: 8 },
    interconnectLevel: { us: 4, china: 2 },
    /** CUDA 5.9M developers (FY2025); CANN ~1.5M claimed (Huawei). */
    developersM: { us: 5.9, china: 1.5 },
    maturity: { us: 9, china: 4 },
    /** DeepSeek's MoE, MLA and quantization put China a level ahead at the start. */
    efficiencyLevel: { us: 1, china: 2 },
    influence: { us: 10, china: 5 },
    exportControlLevel: 4,
    retaliationLevel: 1,
    escalation: 1,
    computeLead: 0,
    chinaToolGroups: 9,
    /** Spread of the starting wear across China's tool groups: group i starts at i × this. */
    chinaToolWearStep: 0.11,
    /** US fabs: TSMC N5-class and N3 EUV lines serving AI accelerators, in thousands of wafers per round. */
    usN5CapacityKWafers: 70,
    usN5Yield: 0.86,
    usN3CapacityKWafers: 40,
    usN3Yield: 0.75,
    /** China: SMIC N+2 (7nm-class) and an early 5nm-class DUV line. Ascend 910C yield ~40% (Feb 2025). */
    chinaN7CapacityKWafers: 45,
    /** Ascend 910C ~20% (Nov 2024) → ~40% (Feb 2025): about 30% over the year's output. */
    chinaN7Yield: 0.3,
    chinaN5CapacityKWafers: 10,
    chinaN5Yield: 0.2,
    /** China's progress on its domestic tracks at the start (prototype EUV light source, 2025). */
    chinaResearchPoints: { domesticEuv: 2, domesticHbm: 1, domesticSpares: 0 },
  },
};

export type Parameters = typeof defaultParameters;
