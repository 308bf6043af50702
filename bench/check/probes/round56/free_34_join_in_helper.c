/* TRUTH: free — wait_all() joins every worker; main reads totals[] only after wait_all() returns; each worker writes only its own totals[i]. */
#include <pthread.h>
#include <stdio.h>

#define NW 3
static pthread_t workers[NW];
static int totals[NW];

static void *work(void *arg)
{
    int i = (int)(long)arg;
    totals[i] = i * 7;
    return NULL;
}

static void start_all(void)
{
    for (long i = 0; i < NW; i++)
        pthread_create(&workers[i], NULL, work, (void *)i);
}

static void wait_all(void)
{
    for (int i = 0; i < NW; i++)
        pthread_join(workers[i], NULL);
}

int main(void)
{
    start_all();
    wait_all();
    printf("%d %d %d\n", totals[0], totals[1], totals[2]);
    return 0;
}
