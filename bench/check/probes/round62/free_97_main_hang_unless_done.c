/* TRUTH: free — main reads done under m once; unless all N workers had incremented it (each after writing out[id]) main loops forever and never reads out[]; when it goes on, every write happens before its reads */
#include <pthread.h>
#include <unistd.h>
#define N 2
static long out[N];
static int done;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id + 1;
    pthread_mutex_lock(&m);
    done++;
    pthread_mutex_unlock(&m);
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    sleep(1);
    pthread_mutex_lock(&m);
    int d = done;
    pthread_mutex_unlock(&m);
    if (d != N)
        for (;;)
            pause();
    long s = out[0] + out[1];
    for (int k = 0; k < N; k++)
        pthread_join(t[k], NULL);
    return (int)(s & 1);
}
