/* TRUTH: free — atomic_flag_test_and_set_explicit(acquire)/atomic_flag_clear_explicit(release) form a spinlock; all accesses to the ring[] and widx are inside it; main reads after joins. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static atomic_flag busy = ATOMIC_FLAG_INIT;
static int ring[16];
static unsigned widx;

static void spin_acquire(void)
{
    while (atomic_flag_test_and_set_explicit(&busy, memory_order_acquire))
        ;
}

static void spin_release(void)
{
    atomic_flag_clear_explicit(&busy, memory_order_release);
}

static void *logger(void *a)
{
    int v = (int)(long)a;
    for (int i = 0; i < 12; i++) {
        spin_acquire();
        ring[widx % 16] = v + i;
        widx++;
        spin_release();
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, logger, (void *)100L);
    pthread_create(&b, NULL, logger, (void *)200L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%u %d\n", widx, ring[0]);
    return 0;
}
