/* TRUTH: racy. `while (__sync_bool_compare_and_swap(&l,0,1))` loops while the CAS succeeds, so a thread exits only after a failed CAS and never owns the lock: both threads update count together. */
#include <pthread.h>
#include <stdio.h>
static volatile int l;
static int count;

static void *inc(void *arg)
{
    (void)arg;
    for (int i = 0; i < 3; i++) {
        while (__sync_bool_compare_and_swap(&l, 0, 1))
            ;
        count++;
        __sync_lock_release(&l);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, inc, NULL);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", count);
    return 0;
}
