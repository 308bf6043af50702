/* TRUTH: free — global pointer set before threads start; every balance access goes through bank->lock */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct bank {
    pthread_mutex_t lock;
    long reserves;
    int transactions;
};

static struct bank *bank;

static void *branch(void *arg)
{
    long amt = (long)arg;
    for (int i = 0; i < 200; i++) {
        pthread_mutex_lock(&bank->lock);
        bank->reserves += amt;
        bank->transactions++;
        pthread_mutex_unlock(&bank->lock);
    }
    return NULL;
}

int main(void)
{
    pthread_t t[3];
    bank = malloc(sizeof *bank);
    if (!bank)
        return 1;
    pthread_mutex_init(&bank->lock, NULL);
    bank->reserves = 0;
    bank->transactions = 0;
    for (long i = 0; i < 3; i++)
        pthread_create(&t[i], NULL, branch, (void *)(i - 1));
    for (int i = 0; i < 3; i++)
        pthread_join(t[i], NULL);
    printf("%ld after %d\n", bank->reserves, bank->transactions);
    pthread_mutex_destroy(&bank->lock);
    free(bank);
    return 0;
}
