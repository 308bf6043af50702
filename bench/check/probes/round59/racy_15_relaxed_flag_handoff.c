/* TRUTH: racy — flag is atomic but stored/loaded with memory_order_relaxed, which creates no happens-before; the plain write of msg in sender and the plain read of msg in receiver are unordered. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static char msg[16];
static atomic_int flag;

static void *sender(void *u)
{
    msg[0] = 'h';
    msg[1] = 'i';
    msg[2] = 0;
    atomic_store_explicit(&flag, 1, memory_order_relaxed);
    return u;
}

static void *receiver(void *u)
{
    while (!atomic_load_explicit(&flag, memory_order_relaxed))
        ;
    puts(msg);
    return u;
}

int main(void)
{
    pthread_t s, r;
    pthread_create(&r, NULL, receiver, NULL);
    pthread_create(&s, NULL, sender, NULL);
    pthread_join(s, NULL);
    pthread_join(r, NULL);
    return 0;
}
