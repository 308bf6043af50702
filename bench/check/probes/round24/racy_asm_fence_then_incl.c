/* TRUTH: racy. The asm does a locked or on the stack (a full fence) and then a plain incl of ticks: the incl is a non-atomic read-modify-write, and both threads run it at once. */
#include <pthread.h>
#include <stdio.h>

#define FENCE_THEN_BUMP(v) \
    __asm__ __volatile__("lock; orl $0, (%%rsp)\n\tincl %0" : "+m"(v) : : "memory", "cc")

static int ticks;

static void *worker(void *arg)
{
    (void)arg;
    for (int i = 0; i < 500; i++)
        FENCE_THEN_BUMP(ticks);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", ticks);
    return 0;
}
