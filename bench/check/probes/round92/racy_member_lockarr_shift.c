/* racy: thread a writes c.d[i + 1] holding c.m[i]; thread b writes c.d[j] holding
   c.m[j]; for j = i + 1 the two hold different mutexes. */
#include <pthread.h>
#define N 4
struct table { pthread_mutex_t m[N + 1]; int d[N + 1]; };
static struct table c;
static void *ta(void *arg) {
    (void)arg;
    for (int i = 0; i < N; i++) {
        pthread_mutex_lock(&c.m[i]);
        c.d[i + 1]++;
        pthread_mutex_unlock(&c.m[i]);
    }
    return 0;
}
static void *tb(void *arg) {
    (void)arg;
    for (int j = 0; j < N; j++) {
        pthread_mutex_lock(&c.m[j]);
        c.d[j]++;
        pthread_mutex_unlock(&c.m[j]);
    }
    return 0;
}
int main(void) {
    pthread_t a, b;
    for (int i = 0; i <= N; i++)
        pthread_mutex_init(&c.m[i], 0);
    pthread_create(&a, 0, ta, 0);
    pthread_create(&b, 0, tb, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return c.d[1];
}
