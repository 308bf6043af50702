// A function that hands its handle parameter straight to pthread_create (or to another such
// function) fills the caller's handle: the caller's joins of it end those threads. A wrapper
// that also keeps the handle elsewhere, or a handle that is not joined, proves nothing.
#include <pthread.h>

int g, h, k;
pthread_t saved;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;

static int my_create(pthread_t *t, void *(*fn)(void *), void *arg) { return pthread_create(t, 0, fn, arg); }
static int outer_create(pthread_t *t, void *(*fn)(void *), void *arg) { return my_create(t, fn, arg); }
static int keep_create(pthread_t *t, void *(*fn)(void *), void *arg)
{
    int r = pthread_create(t, 0, fn, arg);
    saved = *t;
    return r;
}

static void *fg(void *a) { (void)a; pthread_mutex_lock(&m); g = 1; pthread_mutex_unlock(&m); return 0; } // NORACE: joined before main's write
static void *fh(void *a) { (void)a; pthread_mutex_lock(&m); h = 1; pthread_mutex_unlock(&m); return 0; } // RACE (possible): the second one is not joined
static void *fk(void *a) { (void)a; k = 1; return 0; } // RACE (possible): keep_create keeps the handle

int main(void)
{
    pthread_t a, b, c, d, e;
    my_create(&a, fg, 0);
    outer_create(&b, fg, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    g = 2;
    outer_create(&c, fh, 0);
    outer_create(&d, fh, 0);
    pthread_join(c, 0);
    h = 2; // RACE (possible)
    keep_create(&e, fk, 0);
    pthread_join(e, 0);
    k = 2; // RACE (possible)
    pthread_join(d, 0);
    return 0;
}
