/* Racy: each thread memsets 2 chunks from its own, clearing the next thread's chunk. */
#include <pthread.h>
#include <string.h>
int d[12];
static void *w(void *arg)
{
    int id = (int)(long)arg;
    memset(&d[id * 4], 0, 8 * sizeof(int));
    return 0;
}
int main(void)
{
    pthread_t t[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], 0, w, (void *)i);
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
}
