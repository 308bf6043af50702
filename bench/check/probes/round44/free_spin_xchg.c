/* TRUTH: free — GCC __atomic_exchange_n(ACQUIRE)/__atomic_store_n(RELEASE) spin lock protects the plain struct */
#include <pthread.h>
struct account { int lock; long cents; int ops; };
static struct account acct = {0, 1000, 0};
static void acquire(int *l) {
    while (__atomic_exchange_n(l, 1, __ATOMIC_ACQUIRE)) {
        while (__atomic_load_n(l, __ATOMIC_RELAXED)) { }
    }
}
static void release(int *l) { __atomic_store_n(l, 0, __ATOMIC_RELEASE); }
static void *deposit(void *arg) {
    struct account *a = arg;
    for (int i = 0; i < 10; i++) {
        acquire(&a->lock);
        a->cents += 5;
        a->ops++;
        release(&a->lock);
    }
    return NULL;
}
int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, NULL, deposit, &acct);
    pthread_create(&t2, NULL, deposit, &acct);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return acct.ops == 20 ? 0 : 1;
}
