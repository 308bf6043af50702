/* TRUTH: race-free. Each worker counts in its own __thread variable and adds it to the
   shared total under a mutex; main reads total after joining. */
#include <pthread.h>
#include <stdio.h>

#define NW 3

static __thread long mine;
static long total;
static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;

static void count_to(long n)
{
    for (long k = 0; k < n; k++)
        mine += k;
}

static void *worker(void *arg)
{
    count_to((long)arg);
    pthread_mutex_lock(&mu);
    total += mine;
    pthread_mutex_unlock(&mu);
    return NULL;
}

int main(void)
{
    pthread_t t[NW];
    for (long i = 0; i < NW; i++)
        pthread_create(&t[i], NULL, worker, (void *)(i + 10));
    for (int i = 0; i < NW; i++)
        pthread_join(t[i], NULL);
    mine = -1;
    printf("%ld %ld\n", total, mine);
    return 0;
}
