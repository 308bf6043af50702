/* TRUTH: race-free. writer: data = 42 then flag = 1 in a section. reader copies flag in a section and reads data only if it saw 1, so its section came after writer's: ordered. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
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
    if (f)
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
