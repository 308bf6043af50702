/* TRUTH: racy. With urgent set, the branch runs even when trylock failed, so counter++ may run without m in both threads (error-checking mutex: the unlock of a mutex not held just fails). */
#define _GNU_SOURCE
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int counter;
pthread_mutex_t m = PTHREAD_ERRORCHECK_MUTEX_INITIALIZER_NP;
static void *worker(void *arg) {
    int urgent = (int)(long)arg;
    if (pthread_mutex_trylock(&m) == 0 || urgent) {
        counter++;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, (void *)1);
    pthread_create(&b, NULL, worker, (void *)1);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return counter;
}
