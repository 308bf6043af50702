/* TRUTH: racy. the producer's first release store of ready happens deep in the call chain f1 -> ... -> f56 before it writes data = 42; the consumer can see that store and read data while the producer writes it. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

atomic_int ready;
int data;

static void f56(void) { atomic_store_explicit(&ready, 1, memory_order_release); }
#define CHAIN(a, b) static void f##a(void) { f##b(); }
CHAIN(55, 56) CHAIN(54, 55) CHAIN(53, 54) CHAIN(52, 53) CHAIN(51, 52)
CHAIN(50, 51) CHAIN(49, 50) CHAIN(48, 49) CHAIN(47, 48) CHAIN(46, 47)
CHAIN(45, 46) CHAIN(44, 45) CHAIN(43, 44) CHAIN(42, 43) CHAIN(41, 42)
CHAIN(40, 41) CHAIN(39, 40) CHAIN(38, 39) CHAIN(37, 38) CHAIN(36, 37)
CHAIN(35, 36) CHAIN(34, 35) CHAIN(33, 34) CHAIN(32, 33) CHAIN(31, 32)
CHAIN(30, 31) CHAIN(29, 30) CHAIN(28, 29) CHAIN(27, 28) CHAIN(26, 27)
CHAIN(25, 26) CHAIN(24, 25) CHAIN(23, 24) CHAIN(22, 23) CHAIN(21, 22)
CHAIN(20, 21) CHAIN(19, 20) CHAIN(18, 19) CHAIN(17, 18) CHAIN(16, 17)
CHAIN(15, 16) CHAIN(14, 15) CHAIN(13, 14) CHAIN(12, 13) CHAIN(11, 12)
CHAIN(10, 11) CHAIN(9, 10) CHAIN(8, 9) CHAIN(7, 8) CHAIN(6, 7)
CHAIN(5, 6) CHAIN(4, 5) CHAIN(3, 4) CHAIN(2, 3) CHAIN(1, 2)

static void *producer(void *arg)
{
    (void)arg;
    f1(); /* signals too early */
    data = 42;
    atomic_store_explicit(&ready, 1, memory_order_release);
    return NULL;
}

static void *consumer(void *arg)
{
    (void)arg;
    while (!atomic_load_explicit(&ready, memory_order_acquire))
        ;
    printf("%d\n", data);
    return NULL;
}

int main(void)
{
    pthread_t p, c;
    pthread_create(&c, NULL, consumer, NULL);
    pthread_create(&p, NULL, producer, NULL);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    return 0;
}
