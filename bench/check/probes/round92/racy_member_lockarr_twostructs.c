/* racy: thread a writes c2.d[i] holding c1.m[i], thread b writes c2.d[i] holding c2.m[i]:
   the lock arrays of two different structs, so no common mutex. */
#include <pthread.h>
#define N 4
struct table { pthread_mutex_t m[N]; int d[N]; };
static struct table c1, c2;
static void *ta(void *arg) {
    (void)arg;
    for (int i = 0; i < N; i++) {
        pthread_mutex_lock(&c1.m[i]);
        c2.d[i]++;
        pthread_mutex_unlock(&c1.m[i]);
    }
    return 0;
}
static void *tb(void *arg) {
    (void)arg;
    for (int i = 0; i < N; i++) {
        pthread_mutex_lock(&c2.m[i]);
        c2.d[i]++;
        pthread_mutex_unlock(&c2.m[i]);
    }
    return 0;
}
int main(void) {
    pthread_t a, b;
    for (int i = 0; i < N; i++) {
        pthread_mutex_init(&c1.m[i], 0);
        pthread_mutex_init(&c2.m[i], 0);
    }
    pthread_create(&a, 0, ta, 0);
    pthread_create(&b, 0, tb, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return c2.d[0];
}
