/* TRUTH: free. Both threads update total only while holding the same pthread spinlock. */
#include <pthread.h>
#include <stdio.h>

static pthread_spinlock_t sl;
static long total;

static void *worker(void *arg)
{
    long v = *(long *)arg;
    for (int i = 0; i < 100; i++) {
        pthread_spin_lock(&sl);
        total += v;
        pthread_spin_unlock(&sl);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    long va = 1, vb = 2;
    pthread_spin_init(&sl, PTHREAD_PROCESS_PRIVATE);
    pthread_create(&a, NULL, worker, &va);
    pthread_create(&b, NULL, worker, &vb);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", total);
    return 0;
}
