/* TRUTH: racy. join_second(t) joins *(t + 1), the reader thread; the writer thread in t[0]
   is not joined when main reads `report`, which writer writes. */
#include <pthread.h>
#include <stdio.h>

static int report, counter;

static void *writer(void *arg)
{
    (void)arg;
    report = 99;
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    return (void *)(long)__atomic_load_n(&counter, __ATOMIC_RELAXED);
}

static void join_second(pthread_t *ts)
{
    pthread_join(*(ts + 1), NULL);
}

int main(void)
{
    pthread_t t[2];
    pthread_create(&t[0], NULL, writer, NULL);
    pthread_create(&t[1], NULL, reader, NULL);
    join_second(t);
    printf("%d\n", report);
    pthread_join(t[0], NULL);
    return 0;
}
