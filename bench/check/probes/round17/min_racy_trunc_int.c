/* Racy: i * 2^32 + 1 truncated to int is 1 for every thread. */
#include <pthread.h>
int o[2];
static void *w(void *arg)
{
    int k = (int)(long)arg;
    o[k] = 1;
    return 0;
}
int main(void)
{
    pthread_t t[2];
    for (long i = 0; i < 2; i++)
        pthread_create(&t[i], 0, w, (void *)(i * 4294967296L + 1));
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
}
