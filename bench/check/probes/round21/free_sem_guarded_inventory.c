/* TRUTH: race-free. 'inv_sem' is initialised to 1 and every thread brackets each access to stock[]/reserved/log_pos with sem_wait(&inv_sem) ... sem_post(&inv_sem) exactly once per wait (early exits post before returning), so it is a binary lock and no two accesses overlap; main reads after joins. */
#include <pthread.h>
#include <semaphore.h>
#include <stdio.h>

#define NITEM 4

static sem_t inv_sem;
static int stock[NITEM] = { 5, 3, 0, 8 };
static int reserved;
static int log_pos;
static int log_items[64];

static int reserve(int item, int qty)
{
    sem_wait(&inv_sem);
    if (stock[item] < qty) {
        sem_post(&inv_sem);
        return -1;
    }
    stock[item] -= qty;
    reserved += qty;
    if (log_pos < 64)
        log_items[log_pos++] = item;
    sem_post(&inv_sem);
    return 0;
}

static void restock(int item, int qty)
{
    sem_wait(&inv_sem);
    stock[item] += qty;
    sem_post(&inv_sem);
}

static void *shopper(void *arg)
{
    int pref = (int)(long)arg;
    int got = 0;
    for (int i = 0; i < 6; i++)
        if (reserve((pref + i) % NITEM, 1) == 0)
            got++;
    return (void *)(long)got;
}

static void *supplier(void *arg)
{
    (void)arg;
    for (int i = 0; i < NITEM; i++)
        restock(i, 2);
    return NULL;
}

int main(void)
{
    pthread_t s1, s2, sup;
    sem_init(&inv_sem, 0, 1);
    pthread_create(&s1, NULL, shopper, (void *)0L);
    pthread_create(&s2, NULL, shopper, (void *)2L);
    pthread_create(&sup, NULL, supplier, NULL);
    pthread_join(s1, NULL);
    pthread_join(s2, NULL);
    pthread_join(sup, NULL);
    printf("reserved %d, log %d\n", reserved, log_pos);
    sem_destroy(&inv_sem);
    return 0;
}
