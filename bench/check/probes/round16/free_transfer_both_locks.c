// race-free: transfer() locks both accounts, lower index first, so each balance is always written under its own lock.
#include <pthread.h>
#include <stdio.h>
struct account { pthread_mutex_t lock; long balance; };
static struct account accts[2] = { { PTHREAD_MUTEX_INITIALIZER, 100 }, { PTHREAD_MUTEX_INITIALIZER, 100 } };

static void transfer(struct account *from, struct account *to, long amount)
{
    struct account *first = from < to ? from : to, *second = from < to ? to : from;
    pthread_mutex_lock(&first->lock);
    pthread_mutex_lock(&second->lock);
    from->balance -= amount;
    to->balance += amount;
    pthread_mutex_unlock(&second->lock);
    pthread_mutex_unlock(&first->lock);
}

static void *t1(void *arg) { transfer(&accts[0], &accts[1], 5); return NULL; }
static void *t2(void *arg) { transfer(&accts[1], &accts[0], 7); return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, t1, NULL);
    pthread_create(&b, NULL, t2, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld %ld\n", accts[0].balance, accts[1].balance);
    return 0;
}
