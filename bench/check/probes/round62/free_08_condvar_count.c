/* TRUTH: free — each instance writes out[id] then increments done under m; main waits under m (cond_wait loop) until done == N before reading out[2], out[3], so all writes happen before */
#include <pthread.h>
#define N 4
static long out[N];
static int done;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id * 2 + 1;
    pthread_mutex_lock(&m);
    done++;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    pthread_mutex_lock(&m);
    while (done < N)
        pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    long s = out[2] + out[3];
    for (int k = N / 2; k < N; k++)
        pthread_join(t[k], NULL);
    return (int)(s & 1);
}
