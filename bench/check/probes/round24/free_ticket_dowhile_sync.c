/* TRUTH: race-free. A ticket lock built from GCC builtins: tickets from __sync_fetch_and_add on next (only counts up), a do-while spin with __atomic_load_n acquire, released by __sync_fetch_and_add on serving (full barrier) by the holder; queue[] and qlen are only touched inside, main reads after joins. */
#include <pthread.h>
#include <stdio.h>

static unsigned next;
static unsigned serving;
static int queue[64];
static int qlen;

static void push(int v)
{
    unsigned my = __sync_fetch_and_add(&next, 1);
    do {
    } while (__atomic_load_n(&serving, __ATOMIC_ACQUIRE) != my);
    if (qlen < 64)
        queue[qlen++] = v;
    __sync_fetch_and_add(&serving, 1);
}

static void *producer(void *arg)
{
    int base = (int)(long)arg;
    for (int i = 0; i < 10; i++)
        push(base + i);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, producer, (void *)0L);
    pthread_create(&b, NULL, producer, (void *)100L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", qlen, queue[0]);
    return 0;
}
