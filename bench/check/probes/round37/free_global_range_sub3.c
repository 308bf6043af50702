/* TRUTH: free — `if (g > 2) g -= 3;` keeps g >= 0 (5 -> 2 -> 2), so `if (g < 0)` is never taken and x++ (line 23) never runs; the reads of g in use come after the dec threads are joined. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int g = 5;
static int x;

static void *dec(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    if (g > 2)
        g -= 3;
    pthread_mutex_unlock(&m);
    return NULL;
}

static void *use(void *arg)
{
    (void)arg;
    if (g < 0)
        x++;
    return NULL;
}

int main(void)
{
    pthread_t d1, d2, u1, u2;
    pthread_create(&d1, NULL, dec, NULL);
    pthread_create(&d2, NULL, dec, NULL);
    pthread_join(d1, NULL);
    pthread_join(d2, NULL);
    pthread_create(&u1, NULL, use, NULL);
    pthread_create(&u2, NULL, use, NULL);
    pthread_join(u1, NULL);
    pthread_join(u2, NULL);
    return x;
}
