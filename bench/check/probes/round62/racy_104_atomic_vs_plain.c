/* TRUTH: racy — one thread stores x atomically, the other reads x with a plain (non-atomic) access through a cast pointer; conflicting accesses, one non-atomic, unordered */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int x;
static void *st(void *arg)
{
    (void)arg;
    atomic_store(&x, 5);
    return NULL;
}
static void *ld(void *arg)
{
    (void)arg;
    int *px = (int *)&x;
    return (void *)(long)*px;
}
int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, st, NULL);
    pthread_create(&b, NULL, ld, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
