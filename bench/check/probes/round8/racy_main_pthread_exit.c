/* TRUTH: racy. main writes table[0] after creating the workers (before pthread_exit) while worker 0 writes the same element. */
#include <pthread.h>

static int table[8];

static void *worker(void *arg)
{
    int half = (int)(long)arg;
    for (int i = 0; i < 4; i++)
        table[half * 4 + i] += i;
    return NULL;
}

int main(void)
{
    pthread_t t[2];
    for (long h = 0; h < 2; h++)
        pthread_create(&t[h], NULL, worker, (void *)h);
    table[0] = 100;
    pthread_exit(NULL);
}
