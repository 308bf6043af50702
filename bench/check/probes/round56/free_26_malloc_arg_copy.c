/* TRUTH: free — unlike &i, each thread gets a freshly malloc'd copy of the loop index, owned and freed by that thread; seen[] is updated with atomic builtins. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static int seen[4];

static void *show(void *arg)
{
    int k = *(int *)arg;
    free(arg);
    __atomic_fetch_add(&seen[k], 1, __ATOMIC_RELAXED);
    return NULL;
}

int main(void)
{
    pthread_t t[4];
    int n = 0;
    for (int i = 0; i < 4; i++) {
        int *p = malloc(sizeof *p);
        if (!p)
            break;
        *p = i;
        pthread_create(&t[n++], NULL, show, p);
    }
    for (int j = 0; j < n; j++)
        pthread_join(t[j], NULL);
    printf("%d %d %d %d\n", seen[0], seen[1], seen[2], seen[3]);
    return 0;
}
