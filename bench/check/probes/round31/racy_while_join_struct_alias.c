/* TRUTH: racy. The join loop counter lives in a struct reached through a second pointer; the body bumps it through that alias, so t[1] is never joined and main reads res[1]. */
#include <pthread.h>
#include <stdio.h>

#define N 3
static int res[N];

static void *worker(void *arg)
{
    res[(long)arg] = 1;
    return NULL;
}

struct cursor { int *pos; };

int main(void)
{
    pthread_t t[N];
    int j;
    struct cursor c = { &j };
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    j = 0;
    while (j < N) {
        pthread_join(t[j], NULL);
        if (j == 0)
            (*c.pos)++;
        j++;
    }
    printf("%d\n", res[1]);
    return 0;
}
