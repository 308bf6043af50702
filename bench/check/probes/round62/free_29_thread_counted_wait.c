/* TRUTH: free — instances 2,3 wait under m in for (i = 0; i <= i - *p; i++) with p = &go: the test holds while go == 0, so they leave only after main set go under m; main reads out[2], out[3] before setting go, so the reads happen before the writes */
#include <pthread.h>
#include <sched.h>
#define N 4
static long out[N];
static int go;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *fill(void *arg)
{
    long id = (long)arg;
    int *p = &go;
    if (id >= N / 2) {
        pthread_mutex_lock(&m);
        for (long i = 0; i <= i - *p; i++) {
            pthread_mutex_unlock(&m);
            sched_yield();
            pthread_mutex_lock(&m);
        }
        pthread_mutex_unlock(&m);
    }
    out[id] = id + 2;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (long k = 0; k < N; k++)
        pthread_create(&t[k], NULL, fill, (void *)k);
    for (int k = 0; k < N / 2; k++)
        pthread_join(t[k], NULL);
    long s = out[2] + out[3];
    pthread_mutex_lock(&m);
    go = 1;
    pthread_mutex_unlock(&m);
    for (int k = N / 2; k < N; k++)
        pthread_join(t[k], NULL);
    return (int)(s & 1);
}
