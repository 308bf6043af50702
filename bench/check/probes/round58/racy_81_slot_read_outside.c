/* TRUTH: racy — consumer reads slot AFTER unlocking m; the producer may already write the next value into slot under m: write/read of slot unsynchronized. */
#include <pthread.h>
static int slot, full, sum;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static void *prod(void *arg) {
    (void)arg;
    for (int i = 1; i <= 10; i++) {
        pthread_mutex_lock(&m);
        while (full) pthread_cond_wait(&cv, &m);
        slot = i; full = 1;
        pthread_cond_broadcast(&cv);
        pthread_mutex_unlock(&m);
    }
    return NULL;
}
static void *cons(void *arg) {
    (void)arg;
    for (int i = 1; i <= 10; i++) {
        pthread_mutex_lock(&m);
        while (!full) pthread_cond_wait(&cv, &m);
        full = 0;
        pthread_cond_broadcast(&cv);
        pthread_mutex_unlock(&m);
        sum += slot;
    }
    return NULL;
}
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, prod, NULL); pthread_create(&y, NULL, cons, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return sum;
}
