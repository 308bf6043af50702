/* TRUTH: free — the producer writes data then __atomic_exchange_n(&slot,1,RELEASE); the consumer loops __atomic_exchange_n(&slot,0,ACQUIRE) until it gets 1, then reads data and plainly writes slot; the producer never touches slot again, and its exchange synchronizes with the consumer's successful exchange. */
#include <pthread.h>
#include <stdio.h>
static int slot;
static int data;
static int out;
static void *producer(void *arg) {
    data = 21;
    (void)__atomic_exchange_n(&slot, 1, __ATOMIC_RELEASE);
    return arg;
}
static void *consumer(void *arg) {
    while (__atomic_exchange_n(&slot, 0, __ATOMIC_ACQUIRE) == 0)
        ;
    out = data;
    slot = 5;                  /* plain */
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, producer, NULL);
    pthread_create(&b, NULL, consumer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", out, slot);
    return 0;
}
