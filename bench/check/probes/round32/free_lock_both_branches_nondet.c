/* TRUTH: race-free. Both branches of the nondeterministic if take the same mutex before touching counter and release it after. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int counter;
static void *worker(void *arg) {
    (void)arg;
    if (__VERIFIER_nondet_int()) {
        pthread_mutex_lock(&m);
        counter += 2;
    } else {
        pthread_mutex_lock(&m);
        counter--;
    }
    pthread_mutex_unlock(&m);
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return counter;
}
