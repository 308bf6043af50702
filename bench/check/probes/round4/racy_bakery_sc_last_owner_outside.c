/* TRUTH: racy - last_owner written after unlock() */
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
#define ITER 2

atomic_int choosing[N];
atomic_int number[N];
int shared_counter = 0;
int last_owner = -1;
int trace[N * ITER];

static int max_number(void)
{
    int m = 0;
    for (int j = 0; j < N; j++) {
        int v = atomic_load(&number[j]);
        if (v > m)
            m = v;
    }
    return m;
}

static void lock(int i)
{
    atomic_store(&choosing[i], 1);
    atomic_store(&number[i], 1 + max_number());
    atomic_store(&choosing[i], 0);
    for (int j = 0; j < N; j++) {
        if (j == i)
            continue;
        while (atomic_load(&choosing[j]))
            ;
        while (1) {
            int nj = atomic_load(&number[j]);
            int ni = atomic_load(&number[i]);
            if (nj == 0 || nj > ni || (nj == ni && j > i))
                break;
        }
    }
}

static void unlock(int i)
{
    atomic_store(&number[i], 0);
}

void *thr(void *arg)
{
    int id = (int)(long)arg;
    for (int k = 0; k < ITER; k++) {
        lock(id);
        trace[shared_counter] = id;
        shared_counter++;
        unlock(id);
        last_owner = id;
    }
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, thr, (void *)(long)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    if (shared_counter != N * ITER)
        reach_error();
    if (last_owner < 0 || last_owner >= N)
        reach_error();
    return 0;
}
