/* TRUTH: racy — the second thread is started with use_lock = 0 and therefore writes shared_hist[] without gm, while the first thread writes the same entries under gm; unordered writes. */
#include <pthread.h>
#include <stdio.h>

struct opt { int use_lock; int bin; };

static pthread_mutex_t gm = PTHREAD_MUTEX_INITIALIZER;
static int shared_hist[4];

static void *account(void *p)
{
    const struct opt *o = p;
    for (int i = 0; i < 10; i++) {
        if (o->use_lock)
            pthread_mutex_lock(&gm);
        shared_hist[o->bin]++;
        if (o->use_lock)
            pthread_mutex_unlock(&gm);
    }
    return NULL;
}

int main(void)
{
    struct opt o1 = { 1, 2 }, o2 = { 0, 2 };
    pthread_t a, b;
    pthread_create(&a, NULL, account, &o1);
    pthread_create(&b, NULL, account, &o2);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d\n", shared_hist[2]);
    return 0;
}
