/* TRUTH: racy — g starts at 5; the two dec threads run `if (g > 0) g -= 3;` under m: 5 -> 2 -> -1 in every run. After both are joined g == -1, so both use threads take `if (g < 0)` and run x++ (line 23) concurrently (their reads of g do not race: no writer is running). */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int g = 5;
static int x;

static void *dec(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    if (g > 0)
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
