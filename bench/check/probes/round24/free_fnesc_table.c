/* TRUTH: race-free. The thread entry reaches pthread_create through a void * table (POSIX allows the round trip); main writes total only before the create and reads it after the join. */
#include <pthread.h>
#include <stdio.h>

typedef void *(*entry_fn)(void *);

static long total;
static void *table[2];

static void *adder(void *arg)
{
    (void)arg;
    for (int i = 0; i < 10; i++)
        total += i;
    return NULL;
}

int main(void)
{
    table[0] = (void *)adder;
    total = 100;
    pthread_t t;
    pthread_create(&t, NULL, (entry_fn)table[0], NULL);
    pthread_join(t, NULL);
    printf("%ld\n", total);
    return 0;
}
