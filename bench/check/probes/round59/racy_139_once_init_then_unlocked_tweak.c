/* TRUTH: racy — limits is initialised under pthread_once, but the tuner thread later writes limits.max without a lock while the checker thread reads limits.max; that write/read pair is unordered. */
#include <pthread.h>
#include <stdio.h>

struct limits { int min, max; };
static struct limits limits;
static pthread_once_t lim_once = PTHREAD_ONCE_INIT;

static void lim_init(void)
{
    limits.min = 0;
    limits.max = 100;
}

static void *tuner(void *a)
{
    (void)a;
    pthread_once(&lim_once, lim_init);
    limits.max = 50;
    return NULL;
}

static void *checker(void *a)
{
    pthread_once(&lim_once, lim_init);
    *(int *)a = 75 > limits.max;
    return NULL;
}

int main(void)
{
    int over = 0;
    pthread_t t, c;
    pthread_create(&t, NULL, tuner, NULL);
    pthread_create(&c, NULL, checker, &over);
    pthread_join(t, NULL);
    pthread_join(c, NULL);
    printf("%d\n", over);
    return 0;
}
