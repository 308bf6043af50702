/* TRUTH: racy. The join loop skips odd indices (continue), so threads 1 and 3 are not joined
   when main reads out[1]; thread 1 writes out[1]. */
#include <pthread.h>
#include <stdio.h>

static int out[4];

static void *fill(void *arg)
{
    long i = (long)arg;
    out[i] = (int)(i + 1);
    return NULL;
}

int main(void)
{
    pthread_t t[4];
    for (long i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, fill, (void *)i);
    for (int i = 0; i < 4; i++) {
        if (i % 2)
            continue; /* odd workers are detached later */
        pthread_join(t[i], NULL);
    }
    printf("%d %d\n", out[0], out[1]);
    pthread_join(t[1], NULL);
    pthread_join(t[3], NULL);
    return 0;
}
