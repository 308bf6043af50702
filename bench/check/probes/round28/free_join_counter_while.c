/* TRUTH: race-free. A while loop with a join counter joins t[0], t[1], t[2] in order (the
   counter runs over the whole created range); only then does main read res[]. */
#include <pthread.h>
#include <stdio.h>

#define NT 3

static long res[NT];

static void *calc(void *arg)
{
    long id = (long)arg;
    res[id] = id * 100;
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    int joined = 0;
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, calc, (void *)i);
    while (joined < NT) {
        pthread_join(t[joined], NULL);
        joined++;
    }
    printf("%ld\n", res[0] + res[1] + res[2]);
    return 0;
}
