/* racy: per-bucket locks, but the thread locks locks[id] while writing
   bucket[0] which other threads (locking their own locks[id]) also write. */
#include <pthread.h>
#define N 3
static pthread_mutex_t locks[N] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static int bucket[N];
static void *t(void *a) {
    long id = (long)a;
    pthread_mutex_lock(&locks[id]);
    bucket[0] += 1;
    pthread_mutex_unlock(&locks[id]);
    return 0;
}
int main(void) {
    pthread_t th[N];
    for (long i = 0; i < N; i++) pthread_create(&th[i], 0, t, (void *)i);
    for (int i = 0; i < N; i++) pthread_join(th[i], 0);
    return bucket[0];
}
