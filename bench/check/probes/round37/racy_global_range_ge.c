/* TRUTH: racy — g starts at 1 and each of the two dec threads runs `if (g >= 0) g--;` under m: 1 -> 0 -> -1 in every run; afterwards both use threads see g < 0 and run x++ (line 22) concurrently. */
#include <pthread.h>

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int g = 1;
static int x;

static void *dec(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    if (g >= 0)
        g--;
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
