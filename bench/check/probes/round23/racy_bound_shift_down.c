/* TRUTH: racy. the loop runs c from CH down to 0 (c + 1 > 0), so thread id writes a[id*CH .. id*CH + CH]; a[(id+1)*CH] is also written by thread id + 1 (its c = 0). */
#include <pthread.h>
#include <stdio.h>

#define CH 8
#define NT 4

int a[NT * CH + 1];

static void *worker(void *arg)
{
    int id = *(int *)arg;
    for (int c = CH; c + 1 > 0; c--)
        a[id * CH + c] = id;
    return NULL;
}

int main(void)
{
    pthread_t t[NT];
    int ids[NT];
    for (int i = 0; i < NT; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, worker, &ids[i]);
    }
    for (int i = 0; i < NT; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i <= NT * CH; i++)
        printf("%d\n", a[i]);
    return 0;
}
