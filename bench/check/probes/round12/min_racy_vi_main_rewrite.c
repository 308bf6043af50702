// racy: after the create loop main sets ids[0] = 1 under m; thread 0 may read 1 (under m) and write out[1] together with thread 1.
#include <pthread.h>
static int out[2], ids[2];
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *w(void *arg)
{
    pthread_mutex_lock(&m);
    int id = *(int *)arg;
    pthread_mutex_unlock(&m);
    out[id] = 1;
    return NULL;
}
int main(void)
{
    pthread_t t[2];
    pthread_mutex_lock(&m);
    for (int i = 0; i < 2; i++) {
        ids[i] = i;
        pthread_create(&t[i], NULL, w, &ids[i]);
    }
    ids[0] = 1;
    pthread_mutex_unlock(&m);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return out[1];
}
