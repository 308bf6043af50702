/* TRUTH: free — every case of the switch on a nondet value updates x (line 14, line 19, line 24) under mutex m. */
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
        pthread_mutex_lock(&m);
        x += 2;
        pthread_mutex_unlock(&m);
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
