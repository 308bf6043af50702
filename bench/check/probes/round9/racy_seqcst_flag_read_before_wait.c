/* TRUTH: racy. The reader reads data[0] before spinning on ready, so that read is not ordered after the writer's write. */
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
    *sum = data[0];
    while (!atomic_load(&ready))
        ;
    for (int i = 1; i < 4; i++)
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
