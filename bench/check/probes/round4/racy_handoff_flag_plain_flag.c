/* TRUTH: racy - ready is a plain int: the spin read races with main's store (and cfg is not ordered) */
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
int ready;
int out[N];

void *worker(void *arg)
{
    int id = (int)(long)arg;
    while (!ready)
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
    ready = 1;
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < N; i++) {
        if (out[i] != 7 + 2 * 28 + i)
            reach_error();
    }
    return 0;
}
