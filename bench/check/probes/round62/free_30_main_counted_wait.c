/* TRUTH: free — each instance writes out[id] then increments done under m; main waits under m in for (i = 0; i < i + (N - *p); i++) with p = &done, which holds while done < N, so it leaves only after all N increments; then reads out[2], out[3] */
#include <pthread.h>
#include <sched.h>
#define N 4
static long out[N];
static int done;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *fill(void *arg)
{
    long id = (long)arg;
    out[id] = id * 2;
    pthread_mutex_lock(&m);
    done++;
    pthread_mutex_unlock(&m);
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    int *p = &done;
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    pthread_mutex_lock(&m);
    for (long i = 0; i < i + (N - *p); i++) {
        pthread_mutex_unlock(&m);
        sched_yield();
        pthread_mutex_lock(&m);
    }
    pthread_mutex_unlock(&m);
    long s = out[2] + out[3];
    for (int k = N / 2; k < N; k++)
        pthread_join(t[k], NULL);
    return (int)(s & 1);
}
