// What a global pointer points at is one object for every thread when only main stores the
// pointer, before it starts any thread, and its address is never taken: races through it
// are definite (main's 'if (!f) return 1;' on an allocation's result is an error path). A
// pointer stored again once threads run (or by a thread) may reach another object at each
// access: possible.
#include <pthread.h>
#include <stdlib.h>

static int *fixed;
static long *moving;
struct pair {
    double *p;
};
static struct pair s;

static void *worker(void *a)
{
    (void)a;
    *fixed = 3;  // RACE (definite): main reads the same object
    *moving = 3; // RACE (definite): main stores the pointer meanwhile (what it reaches: possible)
    *s.p = 3;    // RACE (possible): through a field, not a pointer variable
    return NULL;
}

int main(void)
{
    pthread_t t;
    int *f = malloc(sizeof(int));
    if (!f)
        return 1;
    fixed = f;
    moving = malloc(sizeof(long));
    s.p = malloc(sizeof(double));
    pthread_create(&t, NULL, worker, NULL);
    int v = *fixed;
    moving = malloc(sizeof(long));
    v += (int)*moving;
    v += (int)*s.p;
    pthread_join(t, NULL);
    return v;
}
