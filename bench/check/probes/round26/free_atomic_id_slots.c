/* TRUTH: race-free. Each worker takes a unique id with atomic_fetch_add(&next_id, 1) (the
   counter only ever counts up by 1, 4 draws) and writes only slot[id]; main reads after
   joining all. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define N 4
static atomic_int next_id;
static long slot[N];

static void *worker(void *arg)
{
    (void)arg;
    int id = atomic_fetch_add(&next_id, 1);
    slot[id] = (long)id * id + 1;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < N; i++)
        printf("%ld ", slot[i]);
    putchar('\n');
    return 0;
}
