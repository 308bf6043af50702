/* TRUTH: racy. Threads run entries of a function table; the reader reads config while the writer writes it, with no lock. */
#include <pthread.h>
#include <stdio.h>

static int config = 1;
static int snapshot;

static void *reader(void *arg) { (void)arg; snapshot = config; return NULL; }
static void *writer(void *arg) { (void)arg; config = 7; return NULL; }

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
