# Glacier Mapper: set-up, demo, tests, benchmarks and packaging on Debian 12.
# Every target installs what it needs and is idempotent.
SHELL := /bin/bash
ROOT := $(abspath $(dir $(lastword $(MAKEFILE_LIST))))
SYSTEM_PYTHON := /usr/bin/python3
VENV := $(ROOT)/.venv
PY := $(VENV)/bin/python
TRAINER_VENV := $(ROOT)/.venv-trainer
TRAINER_PY := $(TRAINER_VENV)/bin/python
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEBIAN_PACKAGES := qgis python3-qgis python3-gdal python3-venv gdal-bin python3-pip qttools5-dev-tools pyqt5-dev-tools \
                   xvfb xauth
QGIS_PROFILE ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
export QT_QPA_PLATFORM ?= offscreen
export PYTHONPATH := /usr/share/qgis/python/plugins$(if $(PYTHONPATH),:$(PYTHONPATH))
export PYTHONDONTWRITEBYTECODE := 1
export GLACIERMAPPER_TRAINER_PYTHON ?= $(TRAINER_PY)

.PHONY: help system venv trainer-venv deps demo test lint test-unit test-qgis bench bench-full install uninstall clean \
        translations translations-update package models

help:
	@echo "make demo    install what is missing, then map the built-in sample scene"
	@echo "make test    install what is missing, then lint and run all tests"
	@echo "make lint    ruff (style, imports, naming, bugs) on everything and mypy on core/"
	@echo "make install link the plugin into the QGIS profile $(QGIS_PROFILE)"
	@echo "make bench   run the benchmarks at quick sizes (prints figures); make bench-full at full size"
	@echo "make models  rebuild the bundled models from scratch (trainer on generated scenes)"
	@echo "make package build the zip that QGIS's 'Install from ZIP' accepts"

# Debian's QGIS, its Python bindings and GDAL; skipped when already there.
system:
	@missing=""; for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then echo "Installing Debian packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; fi

# The plugin's venv sees Debian's qgis, processing and osgeo; numpy stays < 2 for Debian's GDAL.
$(VENV)/.installed: requirements.txt requirements-dev.txt | system
	@[ -x $(PY) ] || $(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install -q -r requirements-dev.txt
	$(PY) -c "import numpy, osgeo.gdal_array, onnxruntime, shapely, qgis.core; assert int(numpy.__version__.split('.')[0]) < 2"
	@touch $@
venv: system $(VENV)/.installed

# The trainer's own venv: torch 2.13.0 CPU from the local wheel, onnx, numpy 2; never imported by QGIS.
$(TRAINER_VENV)/.installed: models/trainer/requirements.txt | system
	@[ -x $(TRAINER_PY) ] || $(SYSTEM_PYTHON) -m venv $(TRAINER_VENV)
	$(TRAINER_PY) -m pip install -q -r models/trainer/requirements.txt
	@touch $@
trainer-venv: system $(TRAINER_VENV)/.installed

deps: venv trainer-venv translations

demo: deps
	$(PY) scripts/demo.py --out $(ROOT)/demo_output

test: deps lint test-unit test-qgis

# The linter and the type checker; make test (and so CI) runs this first, and it must be clean.
lint: venv
	$(VENV)/bin/ruff check $(ROOT)
	cd $(ROOT) && $(VENV)/bin/mypy

test-unit:
	$(PY) -m pytest -p no:qgis -p no:cacheprovider tests/unit -q -ra

test-qgis:
	$(PY) -m pytest -p no:cacheprovider tests/qgis tests/hostile -q -ra

# Quick sizes by default (a few minutes); bench-full runs every benchmark at full Landsat size.
BENCH_QUICK := "bench_segment.py" "bench_int8.py" "bench_spectral_index.py --size 3000" "bench_accuracy.py --size 2000 2000" \
  "bench_outlines.py --size 2000 2000" "bench_trainer.py --chip-size 64 --steps 8 --base-width 16" \
  "bench_chip_export.py --size 600" "bench_sample_scene.py --size 2000 2000 --peer 500 500" \
  "bench_region.py --scenes 4 --size 512 --repeat 2"
BENCH_FULL := "bench_segment.py --full" "bench_int8.py --full" "bench_spectral_index.py --full" "bench_accuracy.py" "bench_outlines.py" \
  "bench_trainer.py" "bench_chip_export.py" "bench_sample_scene.py" "bench_region.py"
bench: deps
	@for b in $(BENCH_QUICK); do echo "== bench/$$b"; $(PY) bench/$$b || exit 1; done
bench-full: deps
	@for b in $(BENCH_FULL); do echo "== bench/$$b"; $(PY) bench/$$b || exit 1; done

# Qt translations: .ts sources in i18n/ compiled to .qm (translations-update re-reads the strings)
TS_FILES := $(wildcard i18n/*.ts)
translations: | system
	@for ts in $(TS_FILES); do qm=$${ts%.ts}.qm; \
	  if [ ! -f $$qm ] || [ $$ts -nt $$qm ]; then lrelease -silent $$ts -qm $$qm; fi; done
translations-update: | system
	pylupdate5 -noobsolete $$(find . -name '*.py' -not -path './.*' -not -path './tests/*' -not -path './bench/*' \
	  -not -path './scripts/*' -not -path './models/*' | sort) -ts $(TS_FILES)

PLUGIN_VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
package: translations
	$(SYSTEM_PYTHON) scripts/package.py --out dist/glacier_mapper-$(PLUGIN_VERSION).zip

models: deps
	cd $(ROOT) && $(PY) -m scripts.build_models --all

install:
	@mkdir -p $(QGIS_PROFILE)/python/plugins
	ln -sfn $(ROOT) $(QGIS_PROFILE)/python/plugins/glacier_mapper
	@echo "Linked $(ROOT) as $(QGIS_PROFILE)/python/plugins/glacier_mapper; enable Glacier Mapper in Plugins > Manage and Install Plugins."

uninstall:
	rm -f $(QGIS_PROFILE)/python/plugins/glacier_mapper

clean:
	rm -rf demo_output build dist .pytest_cache
