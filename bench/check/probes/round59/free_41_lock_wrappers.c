/* TRUTH: free — every access to inventory happens inside bump()/peek(), and both callers bracket the call with enter()/leave(), which lock/unlock the single mutex store_lock. */
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t store_lock = PTHREAD_MUTEX_INITIALIZER;
static int inventory[4];

static void enter(void) { pthread_mutex_lock(&store_lock); }
static void leave(void) { pthread_mutex_unlock(&store_lock); }

static void bump(int slot, int by) { inventory[slot & 3] += by; }
static int peek(int slot) { return inventory[slot & 3]; }

static void *restock(void *a)
{
    (void)a;
    for (int i = 0; i < 8; i++) {
        enter();
        bump(i, 2);
        leave();
    }
    return NULL;
}

static void *sell(void *a)
{
    int *sold = a;
    for (int i = 0; i < 8; i++) {
        enter();
        if (peek(i) > 0) {
            bump(i, -1);
            (*sold)++;
        }
        leave();
    }
    return NULL;
}

int main(void)
{
    int sold = 0;
    pthread_t r, s;
    pthread_create(&r, NULL, restock, NULL);
    pthread_create(&s, NULL, sell, &sold);
    pthread_join(r, NULL);
    pthread_join(s, NULL);
    printf("%d\n", sold);
    return 0;
}
