/* TRUTH: free — threads pick accounts with their own rand_r seed and lock that account before touching it */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NACCT 10

struct account { pthread_mutex_t lock; int balance; };

static struct account accts[NACCT];

static void *clerk(void *arg)
{
    unsigned seed = (unsigned)(long)arg;
    for (int i = 0; i < 1000; i++) {
        struct account *a = &accts[rand_r(&seed) % NACCT];
        pthread_mutex_lock(&a->lock);
        a->balance += 1;
        pthread_mutex_unlock(&a->lock);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[4];
    long total = 0;
    for (int i = 0; i < NACCT; i++) {
        pthread_mutex_init(&accts[i].lock, NULL);
        accts[i].balance = 0;
    }
    for (long i = 0; i < 4; i++)
        pthread_create(&t[i], NULL, clerk, (void *)(i + 1));
    for (int i = 0; i < 4; i++)
        pthread_join(t[i], NULL);
    for (int i = 0; i < NACCT; i++)
        total += accts[i].balance;
    printf("total %ld\n", total);
    return 0;
}
