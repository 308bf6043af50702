/* TRUTH: racy — case 1 updates x += 2 (line 18) without the mutex; if both threads pick 1 (or one picks 1 and the other any case, line 14/line 22) the updates are unordered. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static int x;

static void *w(void *arg)
{
    (void)arg;
    switch (__VERIFIER_nondet_int()) {
    case 0:
        pthread_mutex_lock(&m);
        x++;
        pthread_mutex_unlock(&m);
        break;
    case 1:
        x += 2;
        break;
    default:
        pthread_mutex_lock(&m);
        x--;
        pthread_mutex_unlock(&m);
        break;
    }
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
