/* TRUTH: race-free. One once object, two callbacks: only the first pthread_once runs its callback, and both calls return after it finished. If init_full ran, the other thread reads table after it; if init_none ran first, init_full never runs and table is never written. */
#include <pthread.h>
#include <stdio.h>

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int table;

static void init_full(void) { table = 8; }
static void init_none(void) { }

static void *loader(void *arg)
{
    (void)arg;
    pthread_once(&once, init_full);
    printf("%d\n", table);
    return NULL;
}

static void *reader(void *arg)
{
    (void)arg;
    pthread_once(&once, init_none);
    printf("%d\n", table);
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, loader, NULL);
    pthread_create(&b, NULL, reader, NULL);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return 0;
}
