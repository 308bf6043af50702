/* TRUTH: racy. The join counter starts at 1 (it was meant to count the main thread), so
   t[0] is never joined and main reads res[0] while thread 0 may write it. */
#include <pthread.h>
#include <stdio.h>

#define NT 3

static long res[NT];

static void *calc(void *arg)
{
    long id = (long)arg;
    res[id] = id * 100 + 1;
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    int joined = 1;
    for (long i = 0; i < NT; i++)
        pthread_create(&t[i], NULL, calc, (void *)i);
    while (joined < NT) {
        pthread_join(t[joined], NULL);
        joined++;
    }
    printf("%ld\n", res[0] + res[1] + res[2]);
    return 0;
}
