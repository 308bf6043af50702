/* TRUTH: free — a semaphore initialised to 1 serialises every update of balance */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

static sem_t guard;
static int balance = 1000;

static void *spender(void *arg)
{
    int amount = (int)(long)arg;
    for (int i = 0; i < 100; i++) {
        sem_wait(&guard);
        if (balance >= amount)
            balance -= amount;
        sem_post(&guard);
    }
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    sem_init(&guard, 0, 1);
    pthread_create(&a, NULL, spender, (void *)3L);
    pthread_create(&b, NULL, spender, (void *)7L);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("balance %d\n", balance);
    sem_destroy(&guard);
    return 0;
}
