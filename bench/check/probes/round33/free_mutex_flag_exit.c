/* TRUTH: race-free. consumer reads ready under mutex m and exits the program unless it was set (after data = 42, under m); data is then read after the producer's unlock. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int ready;
int data, out;
static void *producer(void *arg) {
    (void)arg;
    data = 42;
    pthread_mutex_lock(&m);
    ready = 1;
    pthread_mutex_unlock(&m);
    return NULL;
}
static void *consumer(void *arg) {
    int r;
    (void)arg;
    pthread_mutex_lock(&m);
    r = ready;
    pthread_mutex_unlock(&m);
    if (!r)
        exit(0);
    out = data;
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, producer, NULL);
    pthread_create(&b, NULL, consumer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
