/* TRUTH: race-free. Each thread calls lazy_get(&L): pthread_once(&l->once, init_value) runs init_value once, its write of value happens before every return of pthread_once; the threads only read value afterwards. */
#include <pthread.h>
#include <stdio.h>

struct lazy {
    pthread_once_t once;
    int value;
};

static struct lazy L = {PTHREAD_ONCE_INIT, 0};

static void init_value(void)
{
    L.value = 4242;
}

static int lazy_get(struct lazy *l)
{
    pthread_once(&l->once, init_value);
    return l->value;
}

static void *user(void *arg)
{
    (void)arg;
    int v = lazy_get(&L);
    printf("%d\n", v);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, user, NULL);
    pthread_create(&b, NULL, user, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
