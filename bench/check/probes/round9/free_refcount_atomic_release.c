/* TRUTH: free. Each holder drops its reference with an acq_rel fetch_sub; only the thread that drops the last reference reads and frees the object, after all other holders' accesses. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

struct blob {
    atomic_int refs;
    int uses[2];
};

static void put(struct blob *b)
{
    if (atomic_fetch_sub_explicit(&b->refs, 1, memory_order_acq_rel) == 1) {
        printf("%d\n", b->uses[0] + b->uses[1]);
        free(b);
    }
}

struct hold {
    struct blob *b;
    int idx;
};

static void *holder(void *arg)
{
    struct hold *h = arg;
    h->b->uses[h->idx]++;
    put(h->b);
    return NULL;
}

int main(void)
{
    struct blob *b = malloc(sizeof *b);
    if (!b)
        return 1;
    atomic_init(&b->refs, 2);
    b->uses[0] = b->uses[1] = 0;
    struct hold h[2] = { { b, 0 }, { b, 1 } };
    pthread_t t[2];
    for (int i = 0; i < 2; i++)
        pthread_create(&t[i], NULL, holder, &h[i]);
    for (int i = 0; i < 2; i++)
        pthread_join(t[i], NULL);
    return 0;
}
