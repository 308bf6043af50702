/* TRUTH: racy. volatile is not synchronization in C11: the writer stores plain `data` then the volatile `ready`; the reader spins on ready and then reads data. Both data (plain write vs plain read) and ready (non-atomic volatile write vs read) are data races. */
#include <pthread.h>
#include <stdio.h>

static volatile int ready;
static int data;

static void *writer(void *arg)
{
    (void)arg;
    data = 7;
    ready = 1;
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    while (!ready)
        ;
    printf("%d\n", data);
    return NULL;
}

int main(void)
{
    pthread_t w, r;
    pthread_create(&r, NULL, reader, NULL);
    pthread_create(&w, NULL, writer, NULL);
    pthread_join(w, NULL);
    pthread_join(r, NULL);
    return 0;
}
