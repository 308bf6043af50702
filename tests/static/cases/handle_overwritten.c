// A handle that may come to hold another thread before its join: the join ends which thread
// is not known, and the first one may still run. Overwritten as another member of a union
// (u.o.h shares u.w.t's bytes), as another element's field (a[0].t of an array of workers),
// or by type through a cast pointer (*(long *)obj = other, for every struct job's handle).
#include <pthread.h>

struct worker {
    pthread_t t;
    int n;
};
struct other {
    pthread_t h;
    int m;
};
struct job {
    pthread_t id;
};

int by_union, by_element, by_cast;

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

static void *set_cast(void *x)
{
    (void)x;
    by_cast = 1; // RACE
    return NULL;
}

static void *noop(void *x)
{
    return x;
}

static void retarget(void *obj, pthread_t to)
{
    *(long *)obj = (long)to;
}

int main(void)
{
    union {
        struct worker w;
        struct other o;
    } u;
    struct worker a[2];
    struct job j;
    pthread_t spare;
    pthread_create(&spare, NULL, noop, NULL);
    pthread_create(&u.w.t, NULL, set_union, NULL);
    pthread_create(&a[0].t, NULL, set_element, NULL);
    pthread_create(&j.id, NULL, set_cast, NULL);
    u.o.h = spare;
    a[0].t = spare;
    retarget(&j, spare);
    pthread_join(u.w.t, NULL);
    pthread_join(a[0].t, NULL);
    pthread_join(j.id, NULL);
    return by_union + by_element + by_cast; // RACE
}
