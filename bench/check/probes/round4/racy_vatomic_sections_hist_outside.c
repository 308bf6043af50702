/* TRUTH: racy - hist[t % 4]++ moved outside the atomic section; two threads can hit the same bucket */
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

int counter = 0;
int hist[4];
int active = 0;
int max_active = 0;
int ticket_log[N * ROUNDS];

void __VERIFIER_atomic_enter(void)
{
    active++;
    if (active > max_active)
        max_active = active;
}

void __VERIFIER_atomic_leave(void)
{
    active--;
}

int __VERIFIER_atomic_take_ticket(void)
{
    int t = counter;
    counter = t + 1;
    return t;
}

void *worker(void *arg)
{
    int id = (int)(long)arg;
    for (int k = 0; k < ROUNDS; k++) {
        __VERIFIER_atomic_enter();
        int t = __VERIFIER_atomic_take_ticket();
        __VERIFIER_atomic_begin();
        ticket_log[t] = id;
        __VERIFIER_atomic_end();
        hist[t % 4]++;
        __VERIFIER_atomic_leave();
    }
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)(long)i);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    if (counter != N * ROUNDS)
        reach_error();
    if (active != 0 || max_active > N)
        reach_error();
    int s = 0;
    for (int i = 0; i < 4; i++)
        s += hist[i];
    if (s != N * ROUNDS)
        reach_error();
    return 0;
}
