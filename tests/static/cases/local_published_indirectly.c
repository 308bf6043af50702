// A thread's local reached by others through a route one step longer than a plain store: a
// helper puts its address into the caller's struct, which then goes to a thread; an
// allocator keeps a member's address in a local it hands to a thread; an atomic store
// publishes it. Each write then races.
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>

struct holder {
    int *slot;
};
struct box {
    int val;
};
static int *_Atomic gp;

static void put(struct holder *h, int *w) { h->slot = w; }

static void *bump(void *arg)
{
    struct holder *h = arg;
    (*h->slot)++; // RACE (possible)
    return NULL;
}

static void *bump_int(void *arg)
{
    int *v = arg;
    (*v)++; // RACE (possible)
    return NULL;
}

static void *poll_gp(void *arg)
{
    int *p;
    (void)arg;
    while (!(p = atomic_load(&gp)))
        ;
    (*p)++; // RACE (possible)
    return NULL;
}

static struct box *make_box(void)
{
    struct box *res = malloc(sizeof *res);
    pthread_t t;
    if (!res)
        abort();
    res->val = 0;
    int *v = &res->val;
    pthread_create(&t, NULL, bump_int, v);
    pthread_detach(t);
    return res;
}

int main(void)
{
    int w = 0, z = 0;
    struct holder h;
    pthread_t t1, t2;
    put(&h, &w);
    pthread_create(&t1, NULL, bump, &h);
    w = 5; // RACE (possible)
    struct box *b = make_box();
    b->val = 7; // RACE (possible)
    pthread_create(&t2, NULL, poll_gp, NULL);
    atomic_store(&gp, &z);
    z = 3; // RACE (possible)
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return w + z;
}
