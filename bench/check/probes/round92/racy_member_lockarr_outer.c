/* racy: shards[k].m[i] guards shards[k].d[i]; thread a locks shards[0].m[i] but writes
   shards[1].d[i], which thread b writes under shards[1].m[i]: different mutexes. */
#include <pthread.h>
#define N 4
struct shard { pthread_mutex_t m[N]; int d[N]; };
static struct shard shards[2];
static void *ta(void *arg) {
    (void)arg;
    for (int i = 0; i < N; i++) {
        pthread_mutex_lock(&shards[0].m[i]);
        shards[1].d[i]++;
        pthread_mutex_unlock(&shards[0].m[i]);
    }
    return 0;
}
static void *tb(void *arg) {
    (void)arg;
    for (int i = 0; i < N; i++) {
        pthread_mutex_lock(&shards[1].m[i]);
        shards[1].d[i]++;
        pthread_mutex_unlock(&shards[1].m[i]);
    }
    return 0;
}
int main(void) {
    pthread_t a, b;
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < N; i++)
            pthread_mutex_init(&shards[k].m[i], 0);
    pthread_create(&a, 0, ta, 0);
    pthread_create(&b, 0, tb, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return shards[1].d[0];
}
