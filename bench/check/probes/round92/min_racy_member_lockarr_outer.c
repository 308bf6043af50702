/* racy: thread a writes sh[1].d[i] holding sh[0].m[i], thread b writes sh[1].d[i]
   holding sh[1].m[i]: mutexes of two different elements of sh. */
#include <pthread.h>
struct shard { pthread_mutex_t m[4]; int d[4]; };
static struct shard sh[2];
static void *ta(void *arg) { (void)arg; for (int i = 0; i < 4; i++) { pthread_mutex_lock(&sh[0].m[i]); sh[1].d[i]++; pthread_mutex_unlock(&sh[0].m[i]); } return 0; }
static void *tb(void *arg) { (void)arg; for (int i = 0; i < 4; i++) { pthread_mutex_lock(&sh[1].m[i]); sh[1].d[i]++; pthread_mutex_unlock(&sh[1].m[i]); } return 0; }
int main(void) {
    pthread_t a, b;
    for (int k = 0; k < 2; k++)
        for (int i = 0; i < 4; i++)
            pthread_mutex_init(&sh[k].m[i], 0);
    pthread_create(&a, 0, ta, 0);
    pthread_create(&b, 0, tb, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return 0;
}
