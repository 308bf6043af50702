/* TRUTH: free — shared counter protected by a test-and-set spinlock (acquire on lock, release on unlock) */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_flag spin = ATOMIC_FLAG_INIT;
static int shared;

static void *work(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10000; i++) {
        while (atomic_flag_test_and_set_explicit(&spin, memory_order_acquire))
            ;
        shared++;
        atomic_flag_clear_explicit(&spin, memory_order_release);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (int i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, work, NULL);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d\n", shared);
    return 0;
}
