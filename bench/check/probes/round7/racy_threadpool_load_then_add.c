/* TRUTH: racy. the index is read with a load and bumped separately, so two workers can claim the same idx and both write results[idx]. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#define NJOBS 10
#define NW 3
static int input[NJOBS];
static int results[NJOBS];
static atomic_int next_job;

static void *worker(void *p)
{
    (void)p;
    for (;;) {
        int idx = atomic_load(&next_job);
        if (idx >= NJOBS)
            break;
        atomic_fetch_add(&next_job, 1);
        results[idx] = input[idx] * input[idx];
    }
    return NULL;
}

int main(void)
{
    pthread_t t[NW];
    for (int i = 0; i < NJOBS; i++)
        input[i] = i;
    for (int i = 0; i < NW; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < NW; i++)
        pthread_join(t[i], NULL);
    int s = 0;
    for (int i = 0; i < NJOBS; i++)
        s += results[i];
    printf("%d\n", s);
    return 0;
}
