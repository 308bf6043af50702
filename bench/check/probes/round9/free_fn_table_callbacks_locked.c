/* TRUTH: free. Threads run entries of a function table and both access config only under cfg_lock. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t cfg_lock = PTHREAD_MUTEX_INITIALIZER;
static int config = 1;
static int snapshot;

static void *reader(void *arg) { (void)arg; pthread_mutex_lock(&cfg_lock); snapshot = config; pthread_mutex_unlock(&cfg_lock); return NULL; }
static void *writer(void *arg) { (void)arg; pthread_mutex_lock(&cfg_lock); config = 7; pthread_mutex_unlock(&cfg_lock); return NULL; }

static void *(*const table[2])(void *) = { reader, writer };

int main(void)
{
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, table[i], NULL);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    printf("%d %d\n", config, snapshot);
    return 0;
}
