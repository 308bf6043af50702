/* RACY: deposit locks `bank` but withdraw locks `audit` (a different mutex), so the
   two updates of `balance` are not mutually excluded. */
#include <pthread.h>
#include <stdio.h>
static int balance = 100;
static pthread_mutex_t bank = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t audit = PTHREAD_MUTEX_INITIALIZER;
static void lock_it(pthread_mutex_t *m) { pthread_mutex_lock(m); }
static void unlock_it(pthread_mutex_t *m) { pthread_mutex_unlock(m); }
static void *depositor(void *a) {
    (void)a;
    for (int i = 0; i < 100; i++) {
        lock_it(&bank);
        balance += 2;
        unlock_it(&bank);
    }
    return NULL;
}
static void *withdrawer(void *a) {
    (void)a;
    for (int i = 0; i < 100; i++) {
        lock_it(&audit);
        balance -= 1;
        unlock_it(&audit);
    }
    return NULL;
}
int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, NULL, depositor, NULL);
    pthread_create(&t2, NULL, withdrawer, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d\n", balance);
    return 0;
}
