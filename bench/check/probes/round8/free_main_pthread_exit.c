/* TRUTH: free. main initialises the table before creating the threads and then calls pthread_exit; the two workers write disjoint halves. */
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
    table[0] = 100;
    for (long h = 0; h < 2; h++)
        pthread_create(&t[h], NULL, worker, (void *)h);
    pthread_exit(NULL);
}
