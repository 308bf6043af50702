/* TRUTH: free — producer: plain writes, __atomic_thread_fence(RELEASE), RELAXED __atomic_exchange_n(&f,1); consumer: RELAXED loads until 1, __atomic_thread_fence(ACQUIRE), plain reads and writes. Fence-fence synchronization orders them. */
#include <pthread.h>
#include <stdio.h>
static int f;
static struct { int a, b; } rec;
static int out;
static void *producer(void *arg) {
    rec.a = 1;
    rec.b = 2;
    __atomic_thread_fence(__ATOMIC_RELEASE);
    (void)__atomic_exchange_n(&f, 1, __ATOMIC_RELAXED);
    return arg;
}
static void *consumer(void *arg) {
    while (__atomic_load_n(&f, __ATOMIC_RELAXED) == 0)
        ;
    __atomic_thread_fence(__ATOMIC_ACQUIRE);
    out = rec.a + rec.b;
    rec.a = 0;
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, producer, NULL);
    pthread_create(&b, NULL, consumer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", out);
    return 0;
}
