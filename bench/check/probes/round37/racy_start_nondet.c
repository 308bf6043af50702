/* TRUTH: racy — w's x++ (line 11) takes no lock; when c != 0 both t1 and t2 run it concurrently. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;

static void *w(void *arg)
{
    (void)arg;
    x++;
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
