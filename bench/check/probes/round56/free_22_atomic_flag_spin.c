/* TRUTH: free — atomic_flag_test_and_set (acquire) / atomic_flag_clear (release) form a spinlock that guards every worker access to `queue` and `qlen`. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_flag guard = ATOMIC_FLAG_INIT;
static int queue[32];
static int qlen;

static void *enqueuer(void *arg)
{
    int base = (int)(long)arg;
    for (int i = 0; i < 10; i++) {
        while (atomic_flag_test_and_set_explicit(&guard, memory_order_acquire))
            ;
        queue[qlen] = base + i;
        qlen++;
        atomic_flag_clear_explicit(&guard, memory_order_release);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, enqueuer, (void *)0L);
    pthread_create(&b, NULL, enqueuer, (void *)50L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", qlen);
    return 0;
}
