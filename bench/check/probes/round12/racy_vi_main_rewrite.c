// racy: after the create loop main sets ids[0] = 1 under m; thread 0 may read 1 (under m) and write out[1] with thread 1.
#include <pthread.h>
#define N 2
static int out[N];
static int ids[N];
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *worker(void *arg)
{
    pthread_mutex_lock(&m);
    int id = *(int *)arg;
    pthread_mutex_unlock(&m);
    out[id] = out[id] + 1;
    return NULL;
}
int main(void)
{
    pthread_t t[N];
    for (int i = 0; i < N; i++) {
        pthread_mutex_lock(&m);
        ids[i] = i;
        pthread_mutex_unlock(&m);
        pthread_create(&t[i], NULL, worker, &ids[i]);
    }
    pthread_mutex_lock(&m);
    ids[0] = 1;
    pthread_mutex_unlock(&m);
    for (int i = 0; i < N; i++)
        pthread_join(t[i], NULL);
    return out[1];
}
