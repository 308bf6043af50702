/* TRUTH: racy. sales() locks the catalog object (obj_lock(&cat), i.e. cat.mu) but updates inv.stock; restock() holds inv.mu: different mutexes, inv.stock written by both (write/write). */
#include <pthread.h>
#include <stdio.h>

struct inventory {
    pthread_mutex_t mu;
    int stock;
};
struct catalog {
    pthread_mutex_t mu;
    int items;
};

static struct inventory inv = {PTHREAD_MUTEX_INITIALIZER, 100};
static struct catalog cat = {PTHREAD_MUTEX_INITIALIZER, 3};

static void obj_lock(void *o) { pthread_mutex_lock((pthread_mutex_t *)o); }
static void obj_unlock(void *o) { pthread_mutex_unlock((pthread_mutex_t *)o); }

static void *sales(void *arg)
{
    (void)arg;
    obj_lock(&cat);
    inv.stock -= 10;
    obj_unlock(&cat);
    return NULL;
}

static void *restock(void *arg)
{
    (void)arg;
    obj_lock(&inv);
    inv.stock += 50;
    obj_unlock(&inv);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, sales, NULL);
    pthread_create(&b, NULL, restock, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", inv.stock, cat.items);
    return 0;
}
