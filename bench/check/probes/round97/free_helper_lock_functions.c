/* FREE: account balance is only touched between helper functions acquire()/
   release() which lock/unlock the same mutex. */
#include <pthread.h>
#include <stdio.h>
static int balance = 100;
static pthread_mutex_t bank = PTHREAD_MUTEX_INITIALIZER;
static void acquire(void) { pthread_mutex_lock(&bank); }
static void release(void) { pthread_mutex_unlock(&bank); }
static int withdraw(int amt) {
    int ok = 0;
    acquire();
    if (balance >= amt) { balance -= amt; ok = 1; }
    release();
    return ok;
}
static void deposit(int amt) {
    acquire();
    balance += amt;
    release();
}
static void *client(void *a) {
    long k = (long)a;
    for (int i = 0; i < 50; i++) {
        if (!withdraw((int)k)) deposit((int)k * 2);
    }
    return NULL;
}
int main(void) {
    pthread_t t1, t2;
    pthread_create(&t1, NULL, client, (void *)3L);
    pthread_create(&t2, NULL, client, (void *)5L);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    printf("%d\n", balance);
    return 0;
}
