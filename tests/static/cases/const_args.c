// Threads started with constant arguments ((void *)0, (void *)1) are told apart by them, and an
// index a thread takes from its argument is that constant: out[i] of two such threads are two
// elements. Two threads given the same constant share theirs.
#include <pthread.h>

long out[2], same[2];

static void *rd(void *v)
{
    long i = (long)v;
    out[i] = i + 1; // NORACE: thread 0 writes out[0], thread 1 out[1]
    return NULL;
}

static void *twice(void *v)
{
    long i = (long)v;
    same[i]++; // RACE (definite): both were given 1, so both reach same[1]
    return NULL;
}

int main(void)
{
    pthread_t t1, t2, t3, t4;
    pthread_create(&t1, NULL, rd, (void *)0);
    pthread_create(&t2, NULL, rd, (void *)1);
    pthread_create(&t3, NULL, twice, (void *)1);
    pthread_create(&t4, NULL, twice, (void *)1);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    pthread_join(t3, NULL);
    pthread_join(t4, NULL);
    return (int)(out[0] + out[1]);
}
