# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Where `make run` serves; `make run PORT=8080` when 8000 is taken.
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install migrate demo serve worker beat bench messages clean prod-local backup restore

# The server entry points (wsgi, asgi, celery) have no default settings module;
# these developer targets use the dev settings unless DJANGO_SETTINGS_MODULE is set.
migrate demo serve run worker beat backup restore: export DJANGO_SETTINGS_MODULE ?= config.settings.dev
# Links in pages and emails, and the address load_demo prints, follow HOST and PORT.
migrate demo serve run: export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $(STAMP)

install: $(STAMP)

migrate: install
	$(BIN)/python manage.py migrate --noinput

demo: migrate
	$(BIN)/python manage.py load_demo

serve: install
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

run: demo serve

test: lint
	$(BIN)/python -m pytest

worker: install
	$(BIN)/celery -A config worker --loglevel=INFO

beat: install
	$(BIN)/celery -A config beat --loglevel=INFO

# The compliance benchmarks need PostgreSQL on 127.0.0.1 (they make their own
# database); `make bench NATIONAL=1` adds the 4.3-million-staff national one.
bench: migrate
	NATIONAL=$(NATIONAL) $(BIN)/python bench/run.py

# The production shape on this machine: PostgreSQL, Redis, gunicorn, a Celery worker
# and beat, WhiteNoise (deploy/prod_local.py; Ctrl-C stops everything).
prod-local: install
	$(BIN)/python deploy/prod_local.py --host $(HOST) --port $(PORT)

# pg_dump (custom format) + a tar of the uploaded files into backups/<time>/;
# `make restore BACKUP=backups/<time>` puts both back (docs/DEPLOYMENT.md).
backup: install
	$(BIN)/python manage.py backup --output backups

restore: install
	@test -n "$(BACKUP)" || { echo "usage: make restore BACKUP=backups/<time>"; exit 2; }
	$(BIN)/python manage.py restore $(BACKUP)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports --no-cache

messages: install
	$(BIN)/python manage.py makemessages -l en --ignore=.venv --ignore=bench --ignore=tests
	$(BIN)/python manage.py compilemessages --ignore=.venv

# Back to a fresh checkout: the virtualenv, the dev database and local uploads go.
clean:
	rm -rf $(VENV) db.sqlite3 db.sqlite3-wal db.sqlite3-shm staticfiles media private
