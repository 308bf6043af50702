/* TRUTH: free — t1 is started only if c, t2 always; both run w, whose x++ (line 12) is under mutex m; main reads x (line 27) after joining t2 and (under the same c) t1. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;

static void *w(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    x++;
    pthread_mutex_unlock(&m);
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    int c = __VERIFIER_nondet_int();
    if (c)
        pthread_create(&t1, NULL, w, NULL);
    pthread_create(&t2, NULL, w, NULL);
    pthread_join(t2, NULL);
    if (c)
        pthread_join(t1, NULL);
    return x;
}
