/* TRUTH: racy. The lock-free max updater keeps its CAS 'expected' value in the shared stats struct (st.seen): each failing atomic_compare_exchange_weak writes st.seen non-atomically, and the two updater threads (and the reporter's read) access st.seen concurrently. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

struct stats { atomic_long max; long seen; };

static struct stats st;

static void update_max(long v)
{
    st.seen = atomic_load(&st.max);
    while (v > st.seen && !atomic_compare_exchange_weak(&st.max, &st.seen, v))
        ;
}

static void *updater(void *arg)
{
    long base = (long)arg;
    for (long i = 0; i < 100; i++)
        update_max(base + i);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, updater, (void *)0L);
    pthread_create(&b, NULL, updater, (void *)50L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", atomic_load(&st.max));
    return 0;
}
