/* free: per-bucket locks; every thread locks locks[0] to update bucket[0]. */
#include <pthread.h>
#define N 3
static pthread_mutex_t locks[N] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static int bucket[N];
static void *t(void *a) {
    long id = (long)a;
    (void)id;
    pthread_mutex_lock(&locks[0]);
    bucket[0] += 1;
    pthread_mutex_unlock(&locks[0]);
    return 0;
}
int main(void) {
    pthread_t th[N];
    for (long i = 0; i < N; i++) pthread_create(&th[i], 0, t, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(th[i], 0);
    return bucket[0];
}
