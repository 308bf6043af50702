/* TRUTH: racy — the interest thread updates bank->reserves through the global pointer without bank->lock */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

struct bank {
    pthread_mutex_t lock;
    long reserves;
};

static struct bank *bank;

static void *branch(void *arg)
{
    (void)arg;
    for (int i = 0; i < 200; i++) {
        pthread_mutex_lock(&bank->lock);
        bank->reserves += 10;
        pthread_mutex_unlock(&bank->lock);
    }
    return NULL;
}

static void *interest(void *arg)
{
    (void)arg;
    for (int i = 0; i < 5; i++)
        bank->reserves += bank->reserves / 100;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    bank = calloc(1, sizeof *bank);
    if (!bank)
        return 1;
    pthread_mutex_init(&bank->lock, NULL);
    pthread_create(&a, NULL, branch, NULL);
    pthread_create(&b, NULL, interest, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%ld\n", bank->reserves);
    free(bank);
    return 0;
}
