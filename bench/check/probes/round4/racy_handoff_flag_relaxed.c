/* TRUTH: racy - ready stored/loaded with memory_order_relaxed: no happens-before, cfg writes race with workers' reads */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <assert.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
void assume_abort_if_not(int c) { if (!c) abort(); }
void reach_error(void) { assert(0); }
#include <stdatomic.h>

#define N 3

struct config {
    int scale;
    int offset;
    int table[8];
};

struct config cfg;
atomic_int ready;
int out[N];

void *worker(void *arg)
{
    int id = (int)(long)arg;
    while (!atomic_load_explicit(&ready, memory_order_relaxed))
        ;
    int acc = cfg.offset;
    for (int i = 0; i < 8; i++)
        acc += cfg.table[i] * cfg.scale;
    out[id] = acc + id;
    return NULL;
}

static void setup(void)
{
    cfg.scale = 2;
    cfg.offset = 7;
    for (int i = 0; i < 8; i++)
        cfg.table[i] = i;
}

int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)(long)i);
    setup();
    atomic_store_explicit(&ready, 1, memory_order_relaxed);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < N; i++) {
        if (out[i] != 7 + 2 * 28 + i)
            reach_error();
    }
    return 0;
}
