-- The fingerprint of the curated seed reports (seeds/seed-reports.json and the texts it quotes) last
-- recorded in full. A start-up with the same seeds skips comparing them with what is stored: that
-- comparison ran through the whole write path on every start.
create table seed_state (
    fingerprint text not null
);
