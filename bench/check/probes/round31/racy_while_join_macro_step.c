/* TRUTH: racy. ADVANCE adds 2 to j before the final j++, so only t[0] is joined (j: 0 -> 3 -> 4... t[3] too) -- t[1], t[2] are never joined; main reads out[1]. */
#include <pthread.h>
#include <stdio.h>

#define N 4
#define ADVANCE(v) ((v) += 2)
static long out[N];

static void *worker(void *arg)
{
    long i = (long)arg;
    out[i] = i - 9;
    return NULL;
}

int main(void)
{
    pthread_t t[N];
    int j;
    for (long i = 0; i < N; i++)
        pthread_create(&t[i], NULL, worker, (void *)i);
    j = 0;
    while (j < N) {
        pthread_join(t[j], NULL);
        ADVANCE(j);
        j++;
    }
    printf("%ld\n", out[1]);
    return 0;
}
