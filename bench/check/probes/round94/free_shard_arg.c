/* free: both threads get shard 0 (&sh[0]) and lock s->m[i] before writing data[i]. */
#include <pthread.h>
#define N 4
struct shard { pthread_mutex_t m[N]; };
static struct shard sh[2];
static int data[N];
static void *worker(void *a) {
    struct shard *s = a;
    for (int i = 0; i < N; i++) { pthread_mutex_lock(&s->m[i]); data[i]++; pthread_mutex_unlock(&s->m[i]); }
    return 0;
}
int main(void) {
    pthread_t t[2];
    for (int r = 0; r < 2; r++)
        for (int i = 0; i < N; i++) pthread_mutex_init(&sh[r].m[i], 0);
    for (int r = 0; r < 2; r++) pthread_create(&t[r], 0, worker, &sh[0]);
    for (int r = 0; r < 2; r++) pthread_join(t[r], 0);
    return data[0];
}
