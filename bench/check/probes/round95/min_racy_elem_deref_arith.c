/* racy: worker k locks (*(sh + k)).m[0]: different mutexes for k = 0, 1 around data++. */
#include <pthread.h>
struct shard { pthread_mutex_t m[1]; };
static struct shard sh[2] = { { { PTHREAD_MUTEX_INITIALIZER } }, { { PTHREAD_MUTEX_INITIALIZER } } };
static int data;
static void *worker(void *a) {
    long k = (long)a;
    pthread_mutex_lock(&(*(sh + k)).m[0]);
    data++;
    pthread_mutex_unlock(&(*(sh + k)).m[0]);
    return 0;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, 0, worker, (void *)0L);
    pthread_create(&b, 0, worker, (void *)1L);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return data;
}
