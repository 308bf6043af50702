/* TRUTH: racy. Thread A guards balance with locks[0] and thread B with locks[1], so their writes to balance are not mutually excluded. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t locks[2] = { PTHREAD_MUTEX_INITIALIZER, PTHREAD_MUTEX_INITIALIZER };
static int balance;

static void *deposit(void *arg)
{
    int which = *(int *)arg;
    pthread_mutex_lock(&locks[which]);
    balance += 10;
    pthread_mutex_unlock(&locks[which]);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    int ia = 0, ib = 1;
    pthread_create(&a, NULL, deposit, &ia);
    pthread_create(&b, NULL, deposit, &ib);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", balance);
    return 0;
}
