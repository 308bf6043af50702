/* TRUTH: racy. reset() copies a fresh struct over L, which also rewrites L.once to PTHREAD_ONCE_INIT, so init_value can run a second time in the user thread while the resetter thread writes L.value (and the copy itself writes L.value plainly while the user may read it). */
#include <pthread.h>
#include <stdio.h>

struct lazy {
    pthread_once_t once;
    int value;
};

static struct lazy L = {PTHREAD_ONCE_INIT, 0};
static const struct lazy fresh = {PTHREAD_ONCE_INIT, 0};

static void init_value(void)
{
    L.value = 4242;
}

static int lazy_get(void)
{
    pthread_once(&L.once, init_value);
    return L.value;
}

static void *user(void *arg)
{
    (void)arg;
    printf("%d\n", lazy_get());
    return NULL;
}

static void *resetter(void *arg)
{
    (void)arg;
    L = fresh;
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, user, NULL);
    pthread_create(&b, NULL, resetter, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
