// racy: main opens the gate before filling in table_size, so workers may read table_size while main writes it.
#include <pthread.h>
#include <stdio.h>
#define NW 3
static pthread_mutex_t gate = PTHREAD_MUTEX_INITIALIZER;
static int table_size;
static int table[64];

static void *worker(void *arg)
{
    pthread_mutex_lock(&gate);
    pthread_mutex_unlock(&gate);
    int n = table_size;
    long sum = 0;
    for (int i = 0; i < n; i++)
        sum += table[i];
    printf("%ld\n", sum);
    return NULL;
}

int main(void)
{
    pthread_t t[NW];
    pthread_mutex_lock(&gate);
    for (int i = 0; i < NW; i++)
        pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 64; i++)
        table[i] = i;
    pthread_mutex_unlock(&gate);
    table_size = 64;
    for (int i = 0; i < NW; i++)
        pthread_join(t[i], NULL);
    return 0;
}
