/* TRUTH: race-free. n is between 1 and 4; n threads each write their own slot, all n are joined before main reads. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_assume(int);
int slot[4];
static void *worker(void *arg) {
    int *p = arg;
    *p = 1;
    return NULL;
}
int main(void) {
    pthread_t t[4];
    int n = __VERIFIER_nondet_int();
    __VERIFIER_assume(n >= 1 && n <= 4);
    int i, s = 0;
    for (i = 0; i < n; i++)
        pthread_create(&t[i], NULL, worker, &slot[i]);
    for (i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    for (i = 0; i < 4; i++)
        s += slot[i];
    return s;
}
