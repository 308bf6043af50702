/* TRUTH: racy — HELD(a) is ((a) == 0) (the "!=" is inside a comment in the body); with v == 0 main does x++ without m while locked() writes x */
#include <pthread.h>
#define HELD(a) (/* a != 0 means held */ (a) == 0)
static int x;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void *locked(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    x = 1;
    pthread_mutex_unlock(&m);
    return 0;
}
int main(int argc, char **argv)
{
    pthread_t t;
    int v = argc > 1;
    (void)argv;
    pthread_create(&t, 0, locked, 0);
    if (v)
        pthread_mutex_lock(&m);
    if (HELD(v))
        x++;
    if (v)
        pthread_mutex_unlock(&m);
    pthread_join(t, 0);
    return 0;
}
