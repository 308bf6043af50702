/* TRUTH: free — balance is read under m and written back under m in a separate critical section: a lost-update (atomicity) bug, but every access holds m, so no data race */
#include <pthread.h>

pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int balance;

void *deposit(void *arg)
{
    (void)arg;
    for (int i = 0; i < 50; i++) {
        pthread_mutex_lock(&m);
        int tmp = balance;
        pthread_mutex_unlock(&m);
        tmp += 10;
        pthread_mutex_lock(&m);
        balance = tmp;
        pthread_mutex_unlock(&m);
    }
    return 0;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, 0, deposit, 0);
    pthread_create(&b, 0, deposit, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return balance > 0 ? 0 : 1;
}
