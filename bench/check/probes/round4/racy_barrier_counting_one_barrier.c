/* TRUTH: racy - second barrier removed: thread id writes cur[id] while thread id-1 already reads cur[id] for the next round */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <assert.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
void assume_abort_if_not(int c) { if (!c) abort(); }
void reach_error(void) { assert(0); }

#define N 4
#define ROUNDS 3

int arrived = 0;
int generation = 0;
pthread_mutex_t bm = PTHREAD_MUTEX_INITIALIZER;
int cur[N], nxt[N];
int ids[N];

void barrier(void)
{
    pthread_mutex_lock(&bm);
    int gen = generation;
    arrived++;
    if (arrived == N) {
        arrived = 0;
        generation++;
        pthread_mutex_unlock(&bm);
        return;
    }
    pthread_mutex_unlock(&bm);
    while (1) {
        pthread_mutex_lock(&bm);
        if (generation != gen) {
            pthread_mutex_unlock(&bm);
            return;
        }
        pthread_mutex_unlock(&bm);
    }
}

void *worker(void *arg)
{
    int id = *(int *)arg;
    for (int r = 0; r < ROUNDS; r++) {
        nxt[id] = cur[id] + cur[(id + 1) % N];
        barrier();
        cur[id] = nxt[id];
    }
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++) {
        ids[i] = i;
        cur[i] = i + 1;
    }
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, &ids[i]);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    long s = 0;
    for (int i = 0; i < N; i++)
        s += cur[i];
    if (s <= 0)
        reach_error();
    if (generation != 2 * ROUNDS)
        reach_error();
    return 0;
}
