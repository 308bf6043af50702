/* TRUTH: free — spin lock via __sync_lock_test_and_set retried with if+goto and released with __sync_lock_release (acquire/release); x is accessed atomically by T1 and plainly by T2, both only inside the lock, so ordered. */
#include <pthread.h>
#include <stdio.h>
static int L;
static int x;
static void lock(void) {
retry:
    if (__sync_lock_test_and_set(&L, 1))
        goto retry;
}
static void unlock(void) { __sync_lock_release(&L); }
static void *t1(void *arg) {
    for (int i = 0; i < 500; i++) { lock(); __atomic_add_fetch(&x, 2, __ATOMIC_RELAXED); unlock(); }
    return arg;
}
static void *t2(void *arg) {
    for (int i = 0; i < 500; i++) { lock(); x = x - 1; unlock(); }
    return arg;
}
int main(void) {
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", x);
    return 0;
}
