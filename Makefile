# Filet — the two commands a newcomer needs: `make run` and `make test`.
SHELL := /bin/bash
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
DB ?= sqlite:data/filet.db
LISTEN ?= 127.0.0.1:8080
STAMP := .setup-done

.PHONY: setup build server web run test unit-test fuzz bench clean format

# Debian packages and npm dependencies; idempotent, refreshed when this Makefile or a lockfile changes.
setup: $(STAMP)
$(STAMP): Makefile scripts/setup.sh web/package-lock.json tests/browser/package-lock.json tests/hsds/package-lock.json
	bash scripts/setup.sh
	touch $(STAMP)

build: setup server web

server:
	cmake -S . -B $(BUILD_DIR) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	cmake --build $(BUILD_DIR) -j $(JOBS)

web:
	cd web && npm run build --silent

run: build
	@if [[ "$(DB)" == sqlite:* ]] && [ ! -f "$${DB#sqlite:}" ]; then ./$(BUILD_DIR)/filet demo --db "$(DB)"; fi
	@echo ""
	@echo "  Filet : http://$(LISTEN)"
	@echo "  Comptes de démonstration / demo accounts (mot de passe / password: filet-demo-2026):"
	@echo "    admin@demo.filet, coordination@demo.filet, evaluation@demo.filet,"
	@echo "    gestion.mn@demo.filet, intervention.mn@demo.filet, gestion.sl@demo.filet,"
	@echo "    intervention.sl@demo.filet, animation@demo.filet"
	@echo "  Travail de proximité / outreach work: ptp.<organisme>@demo.filet, pg.<organisme>@demo.filet (README)"
	@echo "  admin@demo.filet : connexion en deux étapes / two-step sign-in, clé / key FILETDEMOADMINTOTPSECRET234567AB"
	@echo ""
	./$(BUILD_DIR)/filet serve --db "$(DB)" --listen "$(LISTEN)" --web web/dist

test: build
	bash tests/run.sh

unit-test: server
	cd $(BUILD_DIR) && ctest --output-on-failure

# The importer fuzz targets (clang, libFuzzer, ASan, UBSan) in build-fuzz/, FILET_FUZZ_SECONDS each.
fuzz: setup
	bash fuzz/run.sh

bench: build
	bash bench/run.sh
	bash bench/directory/run.sh
	bash bench/journal/run.sh
	bash bench/offline/run.sh
	bash bench/questionnaires/run.sh
	bash bench/network/run.sh
	bash bench/groups/run.sh

format:
	clang-format -i $$(git ls-files 'src/*.cpp' 'src/*.hpp')

clean:
	rm -rf $(BUILD_DIR) build-fuzz web/dist $(STAMP)
