/* TRUTH: race-free. The consumer's atomic section passes assume(ready) only after the producer's section set ready, which comes after the producer wrote data; the consumer clears ready and then reads data. */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
int ready;
int data;
static void *producer(void *arg) {
    (void)arg;
    data = 42;
    __VERIFIER_atomic_begin();
    ready = 1;
    __VERIFIER_atomic_end();
    return NULL;
}
static void *consumer(void *arg) {
    (void)arg;
    __VERIFIER_atomic_begin();
    __VERIFIER_assume(ready);
    ready = 0;
    __VERIFIER_atomic_end();
    return (void *)(long)data;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, producer, NULL);
    pthread_create(&b, NULL, consumer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
