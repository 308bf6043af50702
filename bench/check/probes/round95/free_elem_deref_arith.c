/* free: both workers lock (*(sh + 0)).m[i], the same mutex for data[i]. */
#include <pthread.h>
struct shard { pthread_mutex_t m[2]; };
static struct shard sh[2];
static int data[2];
static void *worker(void *a) {
    (void)a;
    for (int i = 0; i < 2; i++) {
        pthread_mutex_lock(&(*(sh + 0)).m[i]);
        data[i]++;
        pthread_mutex_unlock(&(*(sh + 0)).m[i]);
    }
    return 0;
}
int main(void) {
    pthread_t a, b;
    for (int i = 0; i < 4; i++) pthread_mutex_init(&sh[i / 2].m[i % 2], 0);
    pthread_create(&a, 0, worker, (void *)0L);
    pthread_create(&b, 0, worker, (void *)1L);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return data[0];
}
