/* TRUTH: race-free. take_ready() is an atomic section that passes only once the producer's atomic section set ready (after it wrote data); the consumer then reads data. */
#include <pthread.h>
extern void __VERIFIER_assume(int);
int ready;
int data;
void __VERIFIER_atomic_publish(void) { ready = 1; }
void __VERIFIER_atomic_take_ready(void) {
    __VERIFIER_assume(ready == 1);
    ready = 0;
}
static void *producer(void *arg) {
    (void)arg;
    data = 42;
    __VERIFIER_atomic_publish();
    return NULL;
}
static void *consumer(void *arg) {
    (void)arg;
    __VERIFIER_atomic_take_ready();
    data++;
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, producer, NULL);
    pthread_create(&b, NULL, consumer, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return data;
}
