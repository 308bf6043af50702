/* TRUTH: racy. When a thread enters the switch at case 1 the malloc is skipped and p still points at the global shared; two such threads write shared unlocked. */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);
int shared;
static void *worker(void *arg) {
    (void)arg;
    int *p = &shared;
    switch (__VERIFIER_nondet_int() & 1) {
    case 0:
        p = malloc(sizeof *p);
        if (!p)
            return NULL;
        /* fallthrough */
    case 1:
        *p = 7;
    }
    return NULL;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, worker, NULL);
    pthread_create(&b, NULL, worker, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
