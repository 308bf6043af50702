/* TRUTH: racy. Each worker gets a pointer to a distinct member of the pair, but the worker also writes through the shared back-pointer owner->calls. */
#include <pthread.h>
#include <stdio.h>

struct pair;
struct half {
    int v;
    struct pair *owner;
};
struct pair {
    struct half l, r;
    int calls;
};

static void *work(void *arg)
{
    struct half *h = arg;
    h->v *= 3;
    h->owner->calls++;
    return NULL;
}

int main(void)
{
    struct pair p = { { 1, &p }, { 2, &p }, 0 };
    pthread_t a, b;
    pthread_create(&a, NULL, work, &p.l);
    pthread_create(&b, NULL, work, &p.r);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d %d\n", p.l.v, p.r.v, p.calls);
    return 0;
}
