// A library TU without main: part of every program that calls into it.
#include "lib.h"

static int count, config, table[4];

void lib_bump(void)
{
    count++; // RACE: both programs call it from two threads (one finding, reported once)
}

void lib_set(int v)
{
    config = v; // NORACE: only server's main calls it, before any thread starts
}

int lib_get(void)
{
    return config; // NORACE
}

static void *lib_worker(void *arg)
{
    (void)arg;
    table[1]++; // NORACE: one lib_worker per program (both programs analyze this TU)
    return NULL;
}

void lib_start(pthread_t *t)
{
    pthread_create(t, NULL, lib_worker, NULL);
}
