/* TRUTH: free — each thread mallocs, fills and frees its own buffer; nothing it touches is reachable from another thread except its own result slot out[id]. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

static int out[2];

static void *crunch(void *arg)
{
    int id = (int)(long)arg;
    int n = 100 + id;
    int *v = malloc(n * sizeof *v);
    if (!v)
        return NULL;
    for (int i = 0; i < n; i++)
        v[i] = i ^ id;
    int s = 0;
    for (int i = 0; i < n; i++)
        s += v[i];
    free(v);
    out[id] = s;
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, crunch, (void *)i);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", out[0], out[1]);
    return 0;
}
