# Reference values for the survey estimates and standard errors, from R's `survey` package
# (Lumley), for test/stats.reference.test.ts.
#
#   apt-get install -y r-cran-survey        # R ≥ 4 and survey 4.x (JSON is written by hand: no other package)
#   npx tsx scripts/stats/make-fixture.ts  # test/fixtures/stats/survey.csv (only when the fixture changes)
#   Rscript scripts/stats/reference.R      # writes test/fixtures/stats/reference.json
#
# Run by hand when the fixture or the figures change; the test checks that reference.json was
# computed from the committed survey.csv (its MD5). Takes about 10 seconds.
#
# Figures: category shares (svymean of indicators = ratio to all rows), deprivation rates among
# classified and among poor and near-poor households, Alkire–Foster H, A, M0 at every cut
# k = 1..12 (complete cases), censored headcounts at k = 3, a custom weighting (employment and
# dependants 1/6 each, the other ten 1/15 each, k = 1/3), each as svyratio(~y, ~x); by region
# with svyby; changes between the rounds with svyby(..., covmat = TRUE) + svycontrast on the
# stacked rounds (panel: the same PSUs, or the same household ids), and independent samples.
suppressMessages(library(survey))

args <- commandArgs(trailingOnly = FALSE)
here <- dirname(normalizePath(sub("^--file=", "", args[grep("^--file=", args)])))
csv <- file.path(here, "..", "..", "test", "fixtures", "stats", "survey.csv")
out <- file.path(here, "..", "..", "test", "fixtures", "stats", "reference.json")

d <- read.csv(csv, stringsAsFactors = FALSE, colClasses = c(income = "character", psu = "character", id = "character"))
ind <- grep("^d_", names(d), value = TRUE)
ids <- gsub("_", "-", sub("^d_", "", ind))
d$pw <- d$w * d$size
K <- length(ind)

# Per-row variables (y and x of every figure).
vars <- function(d) {
  cls <- d$category != "error"
  answers <- as.matrix(d[, ind])
  unknown <- is.na(answers)
  dep <- answers
  dep[is.na(dep)] <- 0
  dep <- dep * cls
  complete <- cls & rowSums(unknown) == 0
  count <- rowSums(dep)
  pnp <- d$category %in% c("poor", "near-poor")
  v <- data.frame(one = rep(1, nrow(d)), cls = as.numeric(cls), pnp = as.numeric(pnp), complete = as.numeric(complete))
  for (cat in c("poor", "near-poor", "average", "above-average", "undetermined", "error")) v[[paste0("cat_", gsub("-", "_", cat))]] <- as.numeric(d$category == cat)
  v[["cat_pnp"]] <- as.numeric(pnp)
  for (i in seq_len(K)) {
    v[[paste0("dep_", i)]] <- dep[, i]
    v[[paste0("deppnp_", i)]] <- dep[, i] * pnp
  }
  for (k in 1:K) {
    poor <- complete & count >= k
    v[[paste0("poor_", k)]] <- as.numeric(poor)
    v[[paste0("score_", k)]] <- poor * count / K
  }
  for (i in seq_len(K)) v[[paste0("cens_", i)]] <- as.numeric(complete & count >= 3) * dep[, i]
  units <- c(5, 5, rep(2, K - 2))  # 1/6, 1/6 and ten times 1/15, over L = 30
  su <- as.vector(dep %*% units)
  cpoor <- complete & su >= 10     # k = 1/3
  v$cpoor <- as.numeric(cpoor)
  v$cscore <- cpoor * su / 30
  for (i in seq_len(K)) v[[paste0("ccens_", i)]] <- as.numeric(cpoor) * dep[, i]
  cbind(d, v)
}

# Every figure as (name, numerator, denominator).
figures <- function() {
  f <- list()
  add <- function(name, y, x) f[[length(f) + 1]] <<- c(name, y, x)
  for (cat in c("poor", "near-poor", "pnp", "average", "above-average", "undetermined", "error")) add(paste0("share:", cat), paste0("cat_", gsub("-", "_", cat)), "one")
  for (i in seq_len(K)) {
    add(paste0("rate:", ids[i]), paste0("dep_", i), "cls")
    add(paste0("pnp:", ids[i]), paste0("deppnp_", i), "pnp")
  }
  for (k in 1:K) {
    add(paste0("H:", k), paste0("poor_", k), "complete")
    add(paste0("A:", k), paste0("score_", k), paste0("poor_", k))
    add(paste0("M0:", k), paste0("score_", k), "complete")
  }
  for (i in seq_len(K)) add(paste0("cens:", ids[i]), paste0("cens_", i), "complete")
  add("custom:H", "cpoor", "complete")
  add("custom:A", "cscore", "cpoor")
  add("custom:M0", "cscore", "complete")
  for (i in seq_len(K)) add(paste0("custom:cens:", ids[i]), paste0("ccens_", i), "complete")
  f
}
FIGURES <- figures()

values <- list()
put <- function(key, estimate, se) {
  if (is.finite(estimate) && is.finite(se)) values[[key]] <<- c(estimate, se)
}

ratio <- function(des, y, x) {
  if (sum(des$variables[[x]] * weights(des)) == 0) return(c(NaN, NaN))
  r <- svyratio(as.formula(paste0("~", y)), as.formula(paste0("~", x)), des)
  c(as.numeric(coef(r)), as.numeric(SE(r)))
}

level <- function(prefix, des) {
  for (f in FIGURES) {
    r <- ratio(des, f[2], f[3])
    put(paste0(prefix, "/", f[1]), r[1], r[2])
  }
}

groups <- function(prefix, des) {
  for (f in FIGURES) {
    b <- svyby(as.formula(paste0("~", f[2])), ~region, des, svyratio, denominator = as.formula(paste0("~", f[3])))
    est <- coef(b)
    se <- SE(b)
    for (g in seq_along(est)) put(paste0(prefix, "/group:", names(est)[g], "/", f[1]), est[g], se[g])
  }
}

r1 <- vars(d[d$round == 1, ])
r2 <- vars(d[d$round == 2, ])
both <- vars(d)

designs <- list(
  A = function(data, w) svydesign(ids = ~psu, strata = ~stratum, weights = w, data = data, nest = TRUE),
  B = function(data, w) svydesign(ids = ~psu, strata = ~stratum, weights = w, data = data, nest = TRUE),
  C = function(data, w) svydesign(ids = ~1, weights = w, data = data),
  D = function(data, w) suppressWarnings(svydesign(ids = ~1, data = data)),
  E = function(data, w) svydesign(ids = ~1, strata = ~stratum, weights = w, data = data),
  F = function(data, w) svydesign(ids = ~psu, weights = w, data = data)
)

for (name in names(designs)) {
  options(survey.lonely.psu = if (name == "B") "certainty" else "adjust")
  des <- designs[[name]](r1, ~w)
  level(paste0(name, "/households"), des)
  if (name %in% c("A", "C")) {
    level(paste0(name, "/persons"), designs[[name]](r1, ~pw))
    groups(paste0(name, "/households"), des)
  }
}

# Changes: round 2 − round 1.
options(survey.lonely.psu = "adjust")
contrast <- function(prefix, des) {
  for (f in FIGURES) {
    if (sum(des$variables[[f[3]]] * weights(des) * (des$variables$round == 1)) == 0) next
    if (sum(des$variables[[f[3]]] * weights(des) * (des$variables$round == 2)) == 0) next
    b <- svyby(as.formula(paste0("~", f[2])), ~round, des, svyratio, denominator = as.formula(paste0("~", f[3])), covmat = TRUE)
    ch <- svycontrast(b, c(-1, 1))
    put(paste0(prefix, "/", f[1]), as.numeric(coef(ch)), as.numeric(SE(ch)))
  }
}
contrast("change/panel-psu/households", svydesign(ids = ~psu, strata = ~stratum, weights = ~w, data = both, nest = TRUE))
contrast("change/panel-psu/persons", svydesign(ids = ~psu, strata = ~stratum, weights = ~pw, data = both, nest = TRUE))
contrast("change/panel-id/households", svydesign(ids = ~id, strata = ~stratum, weights = ~w, data = both, nest = TRUE))
# Independent samples: separate designs, V = V1 + V2.
d1 <- svydesign(ids = ~psu, strata = ~stratum, weights = ~w, data = r1, nest = TRUE)
d2 <- svydesign(ids = ~psu, strata = ~stratum, weights = ~w, data = r2, nest = TRUE)
for (f in FIGURES) {
  a <- ratio(d1, f[2], f[3])
  b <- ratio(d2, f[2], f[3])
  put(paste0("change/independent/households/", f[1]), b[1] - a[1], sqrt(a[2]^2 + b[2]^2))
}

number <- function(x) sprintf("%.17g", x)
entries <- vapply(names(values), function(key) sprintf('    "%s": [%s, %s]', key, number(values[[key]][1]), number(values[[key]][2])), "")
json <- paste0(
  "{\n",
  '  "csvMd5": "', unname(tools::md5sum(csv)), '",\n',
  '  "r": "', R.version.string, '",\n',
  '  "survey": "', as.character(packageVersion("survey")), '",\n',
  '  "values": {\n', paste(entries, collapse = ",\n"), "\n  }\n}\n"
)
writeLines(json, out, sep = "")
cat("wrote", length(values), "reference values to", out, "\n")
