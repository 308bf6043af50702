/* TRUTH: race-free. Every lockable object has its pthread_mutex_t as first member; obj_lock((void *)&inv) locks inv.mu (same address), so the reorder thread and the sales thread both update inv.stock under inv.mu. */
#include <pthread.h>
#include <stdio.h>

struct inventory {
    pthread_mutex_t mu; /* must stay first: obj_lock() relies on it */
    int stock;
    int reorders;
};

static struct inventory inv = {PTHREAD_MUTEX_INITIALIZER, 100, 0};

static void obj_lock(void *o) { pthread_mutex_lock((pthread_mutex_t *)o); }
static void obj_unlock(void *o) { pthread_mutex_unlock((pthread_mutex_t *)o); }

static void *sales(void *arg)
{
    (void)arg;
    obj_lock(&inv);
    inv.stock -= 10;
    obj_unlock(&inv);
    return NULL;
}

static void *restock(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&inv.mu);
    inv.stock += 50;
    inv.reorders++;
    pthread_mutex_unlock(&inv.mu);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, sales, NULL);
    pthread_create(&b, NULL, restock, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", inv.stock, inv.reorders);
    return 0;
}
