/* TRUTH: racy — the balance update happens after the unlock in withdraw() */
#include <pthread.h>
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int balance = 500;
static int withdraw(int amt) {
    pthread_mutex_lock(&m);
    int ok = balance >= amt;
    pthread_mutex_unlock(&m);
    if (ok) balance -= amt;
    return ok;
}
static void *client(void *a) { return (void *)(long)withdraw((int)(long)a); }
int main(void) {
    pthread_t x, y;
    pthread_create(&x, NULL, client, (void *)300L);
    pthread_create(&y, NULL, client, (void *)300L);
    pthread_join(x, NULL);
    pthread_join(y, NULL);
    return balance;
}
