/* free: producer writes data outside the lock but before locking/setting
   ready; consumer waits for ready under the mutex and reads data after
   unlocking. Mutex release/acquire orders data. */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
static int ready;
static int data;
static void *prod(void *x) {
    (void)x;
    data = 99;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_cond_signal(&cv);
    pthread_mutex_unlock(&m);
    return 0;
}
static void *cons(void *x) {
    (void)x;
    pthread_mutex_lock(&m);
    while (!ready) pthread_cond_wait(&cv, &m);
    pthread_mutex_unlock(&m);
    return (void *)(long)data;
}
int main(void) {
    pthread_t p, q;
    pthread_create(&p, 0, prod, 0);
    pthread_create(&q, 0, cons, 0);
    pthread_join(p, 0);
    pthread_join(q, 0);
    return 0;
}
