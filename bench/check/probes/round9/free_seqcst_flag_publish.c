/* TRUTH: free. Default (seq_cst) atomic store and load of ready synchronize, ordering the write of data before the reader's read. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>

static int data[4];
static atomic_bool ready;

static void *writer(void *arg)
{
    (void)arg;
    for (int i = 0; i < 4; i++)
        data[i] = i + 1;
    atomic_store(&ready, 1);
    return NULL;
}

static void *reader(void *arg)
{
    int *sum = arg;
    while (!atomic_load(&ready))
        ;
    for (int i = 0; i < 4; i++)
        *sum += data[i];
    return NULL;
}

int main(void)
{
    pthread_t w, r;
    int sum = 0;
    pthread_create(&r, NULL, reader, &sum);
    pthread_create(&w, NULL, writer, NULL);
    pthread_join(w, NULL);
    pthread_join(r, NULL);
    printf("%d\n", sum);
    return 0;
}
