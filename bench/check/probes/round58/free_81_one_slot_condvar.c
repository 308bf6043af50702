/* TRUTH: free — one-slot buffer: producer writes slot and full=1 under m, consumer waits under m for full, reads slot, sets full=0; all slot/full accesses are under m. */
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
        sum += slot; full = 0;
        pthread_cond_broadcast(&cv);
        pthread_mutex_unlock(&m);
    }
    return NULL;
}
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, prod, NULL); pthread_create(&y, NULL, cons, NULL);
    pthread_join(x, NULL); pthread_join(y, NULL);
    return sum != 55;
}
