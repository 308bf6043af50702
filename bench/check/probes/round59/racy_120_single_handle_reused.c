/* TRUTH: racy — all threads are created into the single variable h, so only the last thread is joined; main then reads scores[0] and scores[1], which threads 0 and 1 may still be writing. */
#include <pthread.h>
#include <stdio.h>

#define NT 3
static int scores[NT];

static void *score(void *a)
{
    int i = (int)(long)a;
    scores[i] = (i + 1) * 11;
    return NULL;
}

int main(void)
{
    pthread_t h;
    for (long i = 0; i < NT; i++)
        pthread_create(&h, NULL, score, (void *)i);
    pthread_join(h, NULL);
    int s = 0;
    for (int i = 0; i < NT; i++)
        s += scores[i];
    printf("%d\n", s);
    return 0;
}
