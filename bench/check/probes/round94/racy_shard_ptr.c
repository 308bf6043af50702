/* racy: each thread takes its own shard s = &sh[k] and locks s->m[i] before writing the
   shared data[i]; the shards' mutexes differ, so data[i] has no common lock. */
#include <pthread.h>
#define N 4
struct shard { pthread_mutex_t m[N]; };
static struct shard sh[2];
static int data[N];
static void *worker(void *a) {
    struct shard *s = &sh[(long)a];
    for (int i = 0; i < N; i++) { pthread_mutex_lock(&s->m[i]); data[i]++; pthread_mutex_unlock(&s->m[i]); }
    return 0;
}
int main(void) {
    pthread_t a, b;
    for (int r = 0; r < 2; r++)
        for (int i = 0; i < N; i++) pthread_mutex_init(&sh[r].m[i], 0);
    pthread_create(&a, 0, worker, (void *)0L);
    pthread_create(&b, 0, worker, (void *)1L);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return data[0];
}
