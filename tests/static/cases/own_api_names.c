// A function the program defines itself under a thread API's name is its own code: a
// do-nothing mtx_lock protects nothing, and a thrd_join of its own joins nothing.
#include <pthread.h>

typedef int mtx_t;
static mtx_t m;
static int n, result;

static int mtx_lock(mtx_t *mx) { (void)mx; return 0; }
static int mtx_unlock(mtx_t *mx) { (void)mx; return 0; }
static int thrd_join(pthread_t t, int *res) { (void)t; (void)res; return 0; }

static void *count(void *arg)
{
    (void)arg;
    mtx_lock(&m);
    n++; // RACE (definite): the program's mtx_lock takes no lock
    mtx_unlock(&m);
    result = 1; // RACE (definite): main reads it after a thrd_join that waits for nothing
    return NULL;
}

int main(void)
{
    pthread_t a, b;
    pthread_create(&a, NULL, count, NULL);
    pthread_create(&b, NULL, count, NULL);
    thrd_join(a, NULL);
    int r = result; // RACE (definite)
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    return r + n;
}
