/* TRUTH: racy. skip_done(&j) advances j by one inside the do body, so with ++j in the condition only t[0] and t[2] are joined; main reads out[3]. */
#include <pthread.h>
#include <stdio.h>

#define N 4
static long out[N];

static void *worker(void *arg)
{
    long i = (long)arg;
    out[i] = i << 3;
    return NULL;
}

static void skip_done(int *k)
{
    *k += 1;
}

int main(void)
{
    pthread_t t[N];
    int j;
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    j = 0;
    do {
        pthread_join(t[j], NULL);
        skip_done(&j);
    } while (++j < N);
    printf("%ld\n", out[3]);
    return 0;
}
