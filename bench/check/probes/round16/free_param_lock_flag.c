// race-free: every caller passes locked = 1, so update() always holds m around total.
#include <pthread.h>
#include <stdio.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static long total;

static void update(int locked, long v)
{
    if (locked)
        pthread_mutex_lock(&m);
    total += v;
    if (locked)
        pthread_mutex_unlock(&m);
}

static void *slow(void *arg) { update(1, 5); return NULL; }
static void *fast(void *arg) { update(1, 7); return NULL; }

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, slow, NULL);
    pthread_create(&b, NULL, fast, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
