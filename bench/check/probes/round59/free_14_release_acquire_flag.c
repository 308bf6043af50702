/* TRUTH: free — data is written before an atomic release store to ready; the consumer reads data only after an acquire load observes ready==1, so the write happens-before the read. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static int data[4];
static atomic_int ready;

static void *make(void *u)
{
    for (int i = 0; i < 4; i++)
        data[i] = i * 10;
    atomic_store_explicit(&ready, 1, memory_order_release);
    return u;
}

static void *use(void *u)
{
    while (atomic_load_explicit(&ready, memory_order_acquire) == 0)
        ;
    int s = 0;
    for (int i = 0; i < 4; i++)
        s += data[i];
    printf("%d\n", s);
    return u;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, use, NULL);
    pthread_create(&b, NULL, make, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
