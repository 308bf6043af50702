/* TRUTH: free — plain atomic_store/atomic_load are seq_cst, so the handed-over array is ordered */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

#define N 10

static int results[N];
static atomic_int finished = 0;

static void *compute(void *arg)
{
    (void)arg;
    for (int i = 0; i < N; i++)
        results[i] = i * i * i;
    atomic_store(&finished, 1);
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, compute, NULL);
    while (atomic_load(&finished) == 0)
        ;
    for (int i = 0; i < N; i++)
        printf("%d ", results[i]);
    putchar('\n');
    pthread_join(t, NULL);
    return 0;
}
