/* TRUTH: free — each account embeds its own mutex and balance is only changed under a->lock; both threads operate on the same account through the same lock. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct account { pthread_mutex_t lock; long balance; };

static void credit(struct account *a, long amt)
{
    pthread_mutex_lock(&a->lock);
    a->balance += amt;
    pthread_mutex_unlock(&a->lock);
}

static void *teller(void *arg)
{
    struct account *a = arg;
    for (int i = 0; i < 100; i++)
        credit(a, 1);
    return NULL;
}

int main(void)
{
    struct account *acc = malloc(sizeof *acc);
    if (!acc)
        return 1;
    pthread_mutex_init(&acc->lock, NULL);
    acc->balance = 0;
    pthread_t a, b;
    pthread_create(&a, NULL, teller, acc);
    pthread_create(&b, NULL, teller, acc);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", acc->balance);
    pthread_mutex_destroy(&acc->lock);
    free(acc);
    return 0;
}
