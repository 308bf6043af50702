/* TRUTH: race-free. work() touches x only while holding m (forward error goto unlocks; backward goto retries). */
#include <pthread.h>
int x;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int work(int k) {
    int tries = 0;
retry:
    pthread_mutex_lock(&m);
    if (k < 0)
        goto fail;
    x += k;
    pthread_mutex_unlock(&m);
    if (++tries < 2)
        goto retry;
    return 0;
fail:
    pthread_mutex_unlock(&m);
    return -1;
}
void *f(void *a) { work(1); return 0; }
int main(void) {
    pthread_t t[2];
    pthread_create(&t[0], 0, f, 0);
    pthread_create(&t[1], 0, f, 0);
    pthread_join(t[0], 0);
    pthread_join(t[1], 0);
    return x == 4 ? 0 : 1;
}
