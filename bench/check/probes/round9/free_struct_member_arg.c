/* TRUTH: free. Workers get pointers to the distinct members p.l and p.r and only write their own member's v. */
#include <pthread.h>
#include <stdio.h>

struct half {
    int v;
    int w;
};
struct pair {
    struct half l, r;
};

static void *work(void *arg)
{
    struct half *h = arg;
    h->v *= 3;
    h->w = h->v + 1;
    return NULL;
}

int main(void)
{
    struct pair p = { { 1, 0 }, { 2, 0 } };
    pthread_t a, b;
    pthread_create(&a, NULL, work, &p.l);
    pthread_create(&b, NULL, work, &p.r);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    printf("%d %d\n", p.l.w, p.r.w);
    return 0;
}
