/* TRUTH: racy. producer sets flag before writing data; consumer passing the check reads data concurrently: data = 42 vs out = data. */
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
    __VERIFIER_atomic_begin();
    flag = 1;
    __VERIFIER_atomic_end();
    data = 42;
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
