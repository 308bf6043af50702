/* TRUTH: racy — when trylock fails (the other thread holds m) the thread jumps to slow: and does x++ (line 17) without the lock, concurrently with the holder's x++ (line 13). */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;

static void *w(void *arg)
{
    (void)arg;
    if (pthread_mutex_trylock(&m) != 0)
        goto slow;
    x++;
    pthread_mutex_unlock(&m);
    return NULL;
slow:
    x++;
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, w, NULL);
    pthread_create(&t2, NULL, w, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return x;
}
