// A handle that may come to hold another thread before its join: the join ends which thread
// is not known, and the first one may still run. Overwritten as another member of a union
// (u.o.h shares u.w.t's bytes) or as another element's field (a[0].t of an array of
// workers). (A store by type through a cast pointer, *(long *)obj = other, counts only for a
// create wrapper's thread object: longs are stored through pointers all over real code.)
#include <pthread.h>

struct worker {
    pthread_t t;
    int n;
};
struct other {
    pthread_t h;
    int m;
};
int by_union, by_element;

static void *set_union(void *x)
{
    (void)x;
    by_union = 1; // RACE
    return NULL;
}

static void *set_element(void *x)
{
    (void)x;
    by_element = 1; // RACE
    return NULL;
}

static void *noop(void *x)
{
    return x;
}

int main(void)
{
    union {
        struct worker w;
        struct other o;
    } u;
    struct worker a[2];
    pthread_t spare;
    pthread_create(&spare, NULL, noop, NULL);
    pthread_create(&u.w.t, NULL, set_union, NULL);
    pthread_create(&a[0].t, NULL, set_element, NULL);
    u.o.h = spare;
    a[0].t = spare;
    pthread_join(u.w.t, NULL);
    pthread_join(a[0].t, NULL);
    return by_union + by_element; // RACE
}
