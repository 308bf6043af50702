/* TRUTH: race-free. The nondeterministic choice picks which body each thread runs, but the two threads always get different bodies and each body touches only its own global. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int ga, gb;
static void *body_a(void *arg) { (void)arg; ga++; return NULL; }
static void *body_b(void *arg) { (void)arg; gb++; return NULL; }
int main(void) {
    void *(*first)(void *), *(*second)(void *);
    pthread_t x, y;
    if (__VERIFIER_nondet_int()) {
        first = body_a;
        second = body_b;
    } else {
        first = body_b;
        second = body_a;
    }
    pthread_create(&x, NULL, first, NULL);
    pthread_create(&y, NULL, second, NULL);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    return ga + gb;
}
