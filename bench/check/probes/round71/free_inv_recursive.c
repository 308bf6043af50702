/* TRUTH: free — inv.mu is a recursive mutex: restock holds it across audit()'s nested lock/unlock, so stock/restocks stay protected */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

#define NITEMS 8
#define NSHOPPERS 2

struct inventory {
    pthread_mutex_t mu;
    int stock[NITEMS];
    long restocks;
    long audits;
    int last_audit_total;
};

static struct inventory inv;

static int audit(struct inventory *v)
{
    int i, total = 0;
    pthread_mutex_lock(&v->mu);
    for (i = 0; i < NITEMS; i++)
        total += v->stock[i];
    v->audits++;
    v->last_audit_total = total;
    pthread_mutex_unlock(&v->mu);
    return total;
}

static void restock(struct inventory *v, int item, int n)
{
    pthread_mutex_lock(&v->mu);
    if (audit(v) < 10)
        n *= 2;
    v->stock[item] += n;
    v->restocks++;
    pthread_mutex_unlock(&v->mu);
}

static int buy(struct inventory *v, int item)
{
    int ok = 0;
    pthread_mutex_lock(&v->mu);
    if (v->stock[item] > 0) {
        v->stock[item]--;
        ok = 1;
    }
    pthread_mutex_unlock(&v->mu);
    return ok;
}

static void *shopper(void *arg)
{
    int id = (int)(long)arg;
    int i, bought = 0;
    for (i = 0; i < 100; i++)
        bought += buy(&inv, (id + i) % NITEMS);
    return (void *)(long)bought;
}

static void *supplier(void *arg)
{
    int i;
    (void)arg;
    for (i = 0; i < 50; i++)
        restock(&inv, i % NITEMS, 3);
    return NULL;
}

int main(void)
{
    pthread_mutexattr_t at;
    pthread_t sh[NSHOPPERS], sup;
    long i;
    pthread_mutexattr_init(&at);
    pthread_mutexattr_settype(&at, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(&inv.mu, &at);
    pthread_create(&sup, NULL, supplier, NULL);
    for (i = 0; i < NSHOPPERS; i++)
        pthread_create(&sh[i], NULL, shopper, (void *)i);
    for (i = 0; i < NSHOPPERS; i++)
        pthread_join(sh[i], NULL);
    pthread_join(sup, NULL);
    printf("restocks=%ld audits=%ld\n", inv.restocks, inv.audits);
    return 0;
}
