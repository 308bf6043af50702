/* TRUTH: free. jobs are claimed with atomic_fetch_add so each index goes to exactly one worker, which writes only results[idx]; main reads after joins. */
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
        int idx = atomic_fetch_add(&next_job, 1);
        if (idx >= NJOBS)
            break;
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
