/* TRUTH: free — transfer between two accounts takes both locks in a fixed (address) order; every balance access holds its account's lock */
#include <pthread.h>
#include <stdint.h>
typedef struct { pthread_mutex_t m; long bal; } acct_t;
static acct_t A = {PTHREAD_MUTEX_INITIALIZER, 1000};
static acct_t B = {PTHREAD_MUTEX_INITIALIZER, 1000};
static void transfer(acct_t *from, acct_t *to, long amt) {
    acct_t *first = (uintptr_t)from < (uintptr_t)to ? from : to;
    acct_t *second = first == from ? to : from;
    pthread_mutex_lock(&first->m);
    pthread_mutex_lock(&second->m);
    from->bal -= amt;
    to->bal += amt;
    pthread_mutex_unlock(&second->m);
    pthread_mutex_unlock(&first->m);
}
static void *ab(void *x) { (void)x; for (int i = 0; i < 100; i++) transfer(&A, &B, 3); return NULL; }
static void *ba(void *x) { (void)x; for (int i = 0; i < 100; i++) transfer(&B, &A, 2); return NULL; }
static void *audit(void *x) {
    long *seen = x;
    pthread_mutex_lock(&A.m);
    *seen = A.bal;
    pthread_mutex_unlock(&A.m);
    return NULL;
}
int main(void) {
    long seen = 0;
    pthread_t t1, t2, t3;
    pthread_create(&t1, NULL, ab, NULL);
    pthread_create(&t2, NULL, ba, NULL);
    pthread_create(&t3, NULL, audit, &seen);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    pthread_join(t3, NULL);
    return A.bal + B.bal == 2000 ? 0 : 1;
}
