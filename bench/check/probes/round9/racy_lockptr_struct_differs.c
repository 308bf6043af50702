/* TRUTH: racy. The two handles carry pointers to different mutexes (ma and mb) while both protect the same global hits. */
#include <pthread.h>
#include <stdio.h>

struct handle {
    pthread_mutex_t *lk;
    int id;
};

static pthread_mutex_t ma = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t mb = PTHREAD_MUTEX_INITIALIZER;
static int hits;

static void *use(void *arg)
{
    struct handle *h = arg;
    pthread_mutex_lock(h->lk);
    hits += h->id;
    pthread_mutex_unlock(h->lk);
    return NULL;
}

int main(void)
{
    struct handle h1 = { &ma, 1 }, h2 = { &mb, 2 };
    pthread_t a, b;
    pthread_create(&a, NULL, use, &h1);
    pthread_create(&b, NULL, use, &h2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", hits);
    return 0;
}
