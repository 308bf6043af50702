/* TRUTH: race-free. t1 updates data in a begin/end section, t2 in a __VERIFIER_atomic_ function: all atomic sections exclude each other. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int data;
void __VERIFIER_atomic_add(int v) { data += v; }
static void *t1(void *arg) {
    (void)arg;
    __VERIFIER_atomic_begin();
    data++;
    __VERIFIER_atomic_end();
    return NULL;
}
static void *t2(void *arg) {
    (void)arg;
    __VERIFIER_atomic_add(3);
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return data;
}
