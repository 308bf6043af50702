/* TRUTH: race-free - tasks claimed under im so each result/owner slot has one writer; done_count under dm; main checks after joining n */
#include <pthread.h>
#include <stdlib.h>
#include <stdio.h>
#include <assert.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
void assume_abort_if_not(int c) { if (!c) abort(); }
void reach_error(void) { assert(0); }

#define MAXT 6
#define TASKS 32

int next_task = 0;
int done_count = 0;
int input[TASKS];
int result[TASKS];
int owner[TASKS];
pthread_mutex_t im = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t dm = PTHREAD_MUTEX_INITIALIZER;

int claim(void)
{
    int t;
    pthread_mutex_lock(&im);
    if (next_task < TASKS)
        t = next_task++;
    else
        t = -1;
    pthread_mutex_unlock(&im);
    return t;
}

void *worker(void *arg)
{
    int me = (int)(long)arg;
    int mine = 0;
    while (1) {
        int t = claim();
        if (t < 0)
            break;
        result[t] = input[t] * input[t];
        owner[t] = me;
        mine++;
    }
    pthread_mutex_lock(&dm);
    done_count += mine;
    pthread_mutex_unlock(&dm);
    return NULL;
}

int main(void)
{
    pthread_t th[MAXT];
    int n = __VERIFIER_nondet_int();
    assume_abort_if_not(n > 0 && n <= MAXT);
    for (int i = 0; i < TASKS; i++)
        input[i] = i - 5;
    for (int i = 0; i < n; i++)
        pthread_create(&th[i], NULL, worker, (void *)(long)i);
    for (int i = 0; i < n; i++)
        pthread_join(th[i], NULL);
    if (done_count != TASKS)
        reach_error();
    for (int i = 0; i < TASKS; i++) {
        if (result[i] != input[i] * input[i])
            reach_error();
        if (owner[i] < 0 || owner[i] >= n)
            reach_error();
    }
    return 0;
}
