/* TRUTH: racy — main passes &i (its loop counter) to each thread; the thread reads *arg while main increments i in the next iteration; main's write vs thread's read. */
#include <pthread.h>
#include <stdio.h>

static int seen[4];

static void *show(void *arg)
{
    int k = *(int *)arg;
    if (k >= 0 && k < 4)
        __atomic_fetch_add(&seen[k], 1, __ATOMIC_RELAXED);
    return NULL;
}

int main(void)
{
    pthread_t t[4];
    int i;
    for (i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, show, &i);
    for (int j = 0; j < 4; j++)
        pthread_join(t[j], NULL);
    printf("%d %d %d %d\n", seen[0], seen[1], seen[2], seen[3]);
    return 0;
}
