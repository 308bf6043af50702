/* TRUTH: race-free. The consumer's atomic section passes assume(g == 5) only after the producer's section stored 5, which the producer does after writing data; atomic sections are totally ordered, so data = 42 happens before data++. */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
int g;
int data;
static void *producer(void *arg) {
    (void)arg;
    data = 42;
    __VERIFIER_atomic_begin();
    g = 5;
    __VERIFIER_atomic_end();
    return NULL;
}
static void *consumer(void *arg) {
    (void)arg;
    __VERIFIER_atomic_begin();
    __VERIFIER_assume(g == 5);
    g = 0;
    __VERIFIER_atomic_end();
    data++;
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
