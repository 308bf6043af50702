/* TRUTH: free — with seq_cst atomics, each thread sets its own want[] flag then checks the other's; at most one thread can see the other's flag as 0 (store-buffering is forbidden under seq_cst), so at most one thread ever writes `winner_data`; main reads it after joins. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_int want[2];
static int winner_data = -1;

static void *contender(void *arg)
{
    int me = (int)(long)arg;
    atomic_store(&want[me], 1);
    if (atomic_load(&want[1 - me]) == 0)
        winner_data = me;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, contender, (void *)0L);
    pthread_create(&b, NULL, contender, (void *)1L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", winner_data);
    return 0;
}
