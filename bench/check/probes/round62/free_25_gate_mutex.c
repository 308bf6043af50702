/* TRUTH: free — main holds gate from before the creates until after it reads out[2], out[3]; instances 2,3 lock and unlock gate before writing out[id], so their writes follow main's unlock, which follows the reads */
#include <pthread.h>
#define N 4
static long out[N];
static pthread_mutex_t gate = PTHREAD_MUTEX_INITIALIZER;
static void *fill(void *arg)
{
    long id = (long)arg;
    if (id >= N / 2) {
        pthread_mutex_lock(&gate);
        pthread_mutex_unlock(&gate);
    }
    out[id] = id + 13;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    pthread_mutex_lock(&gate);
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    long s = out[2] + out[3];
    pthread_mutex_unlock(&gate);
    for (int k = N / 2; k < N; k++)
        pthread_join(t[k], NULL);
    return (int)(s & 1);
}
