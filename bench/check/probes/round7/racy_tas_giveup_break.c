/* TRUTH: racy. the spin loop gives up after a bounded number of tries and proceeds without the lock, so two threads can update stats together. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
static atomic_flag lk = ATOMIC_FLAG_INIT;
static int stats;

static void *w(void *arg)
{
    (void)arg;
    int tries = 0;
    while (atomic_flag_test_and_set(&lk)) {
        if (++tries > 100)
            break;
    }
    stats++;
    atomic_flag_clear(&lk);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, w, NULL);
    pthread_create(&b, NULL, w, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", stats);
    return 0;
}
