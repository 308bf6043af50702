// Strides: thread id of T takes elements id, id + T, id + 2T, ... (a cyclic split), or a
// helper given a constant start takes every second element from it: the threads' elements
// are disjoint when the ids (or starts) differ modulo the stride. With more threads than the
// stride, or a start shared, they are not.
#include <pthread.h>

#define T 4
#define LEN 32
static int v[LEN], w5[LEN], even[LEN], both[LEN];

static void *cyclic(void *arg)
{
    int id = (int)(long)arg;
    for (int i = id; i < LEN; i += T)
        v[i] = id; // NORACE: ids 0..3 are distinct modulo 4
    return NULL;
}

static void *cyclic5(void *arg)
{
    int id = (int)(long)arg;
    for (int i = id; i < LEN; i += T)
        w5[i] = id; // RACE (possible): ids 0 and 4 take the same elements
    return NULL;
}

static void every_second(int from)
{
    for (int i = from; i < LEN; i += 2)
        even[i] = 1; // NORACE: one thread starts at 0, the other at 1
    for (int i = from / 2; i < LEN; i += 2)
        both[i] = 1; // RACE (possible): from / 2 is 0 in both threads
}

static void *a(void *arg)
{
    (void)arg;
    every_second(0);
    return NULL;
}

static void *b(void *arg)
{
    (void)arg;
    every_second(1);
    return NULL;
}

int main(void)
{
    pthread_t t[T], u[T + 1], ta, tb;
    for (long i = 0; i < T; i++)
        pthread_create(&t[i], NULL, cyclic, (void *)i);
    for (long i = 0; i < T + 1; i++)
        pthread_create(&u[i], NULL, cyclic5, (void *)i);
    pthread_create(&ta, NULL, a, NULL);
    pthread_create(&tb, NULL, b, NULL);
    for (int i = 0; i < T; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < T + 1; i++)
        pthread_join(u[i], NULL);
    pthread_join(ta, NULL);
    pthread_join(tb, NULL);
    return v[5] + w5[4] + even[3];
}
