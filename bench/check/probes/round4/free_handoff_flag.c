/* TRUTH: race-free - main fills cfg then seq_cst-stores ready; workers spin on an atomic load before reading cfg (release/acquire), each writes its own out slot */
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
    while (!atomic_load(&ready))
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
    atomic_store(&ready, 1);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < N; i++) {
        if (out[i] != 7 + 2 * 28 + i)
            reach_error();
    }
    return 0;
}
