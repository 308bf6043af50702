/* TRUTH: free — both nondeterministic branches take the same mutex before touching the shared ledger */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int credits, debits;
static void *worker(void *a) {
    (void)a;
    int n = __VERIFIER_nondet_int();
    if (n > 0) {
        pthread_mutex_lock(&m);
        credits += n;
        pthread_mutex_unlock(&m);
    } else if (n < 0) {
        pthread_mutex_lock(&m);
        debits -= n;
        pthread_mutex_unlock(&m);
    }
    return NULL;
}
int main(void) {
    pthread_t t[3];
    for (int i = 0; i < 3; i++) pthread_create(&t[i], NULL, worker, NULL);
    for (int i = 0; i < 3; i++) pthread_join(t[i], NULL);
    return credits - debits;
}
