/* TRUTH: race-free. reach_error aborts; consumer calls it unless its section saw flag set (after data = 42); data is read only after that. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
void reach_error(void) { abort(); }
int flag;
int data, out;
static void *producer(void *arg) {
    (void)arg;
    data = 42;
    __VERIFIER_atomic_begin();
    flag = 1;
    __VERIFIER_atomic_end();
    return NULL;
}
static void *consumer(void *arg) {
    int f;
    (void)arg;
    __VERIFIER_atomic_begin();
    f = flag;
    __VERIFIER_atomic_end();
    if (!f) {
        reach_error();
    }
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
