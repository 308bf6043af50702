// A helper given the handle's object as a void * stores another thread's id into it through
// a cast: the join of the field may end that other thread, and main's read races with the
// first thread's write.
#include <pthread.h>

struct worker {
    pthread_t t;
    int n;
};
static int g;

static void *writer(void *x)
{
    (void)x;
    g = 1; // RACE (possible)
    return NULL;
}
static void *noop(void *x)
{
    (void)x;
    return NULL;
}
static void retarget(void *obj, pthread_t t2) { *(pthread_t *)obj = t2; }

int main(void)
{
    struct worker a = {0};
    pthread_t t2, keep;
    pthread_create(&a.t, NULL, writer, NULL);
    keep = a.t;
    pthread_create(&t2, NULL, noop, NULL);
    retarget(&a, t2);
    pthread_join(a.t, NULL);
    int r = g; // RACE (possible)
    pthread_join(keep, NULL);
    return r;
}
