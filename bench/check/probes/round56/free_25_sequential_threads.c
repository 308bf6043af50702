/* TRUTH: free — the first thread is joined before the second is created, so their writes to `stage` are ordered (join, then create). */
#include <pthread.h>
#include <stdio.h>

static int stage;

static void *step(void *arg)
{
    stage = stage * 10 + (int)(long)arg;
    return NULL;
}

int main(void)
{
    pthread_t t;
    pthread_create(&t, NULL, step, (void *)1L);
    pthread_join(t, NULL);
    pthread_create(&t, NULL, step, (void *)2L);
    pthread_join(t, NULL);
    printf("%d\n", stage);
    return 0;
}
