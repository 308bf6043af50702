/* TRUTH: racy — single-producer/single-consumer ring with PLAIN head/tail: the producer writes head while the consumer reads head (and vice versa for tail) with no synchronization; also slots[] handoff is unordered. */
#include <pthread.h>
#include <stdio.h>

#define CAP 8
static int slots[CAP];
static unsigned head, tail;

static void *prod(void *a)
{
    (void)a;
    for (int i = 0; i < 32; i++) {
        while (head - tail == CAP)
            ;
        slots[head % CAP] = i;
        head++;
    }
    return NULL;
}

static void *cons(void *a)
{
    long sum = 0;
    for (int i = 0; i < 32; i++) {
        while (tail == head)
            ;
        sum += slots[tail % CAP];
        tail++;
    }
    *(long *)a = sum;
    return NULL;
}

int main(void)
{
    long sum = 0;
    pthread_t p, c;
    pthread_create(&p, NULL, prod, NULL);
    pthread_create(&c, NULL, cons, &sum);
    pthread_join(p, NULL);
    pthread_join(c, NULL);
    printf("%ld\n", sum);
    return 0;
}
