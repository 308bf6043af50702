/* TRUTH: free — scratch and depth are _Thread_local, so each thread has its own copy; the only shared object, finals[], is written per-thread at distinct indices and read by main after joins. */
#include <pthread.h>
#include <stdio.h>

static _Thread_local int scratch[8];
static __thread int depth;
static int finals[3];

static void note(int v)
{
    scratch[depth % 8] = v;
    depth++;
}

static void *tl_worker(void *a)
{
    int id = (int)(long)a;
    for (int i = 0; i < 20; i++)
        note(i * id);
    finals[id] = scratch[3] + depth;
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    for (long i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, tl_worker, (void *)i);
    note(5);
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%d %d %d %d\n", finals[0], finals[1], finals[2], depth);
    return 0;
}
