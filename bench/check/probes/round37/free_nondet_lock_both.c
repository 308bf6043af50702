/* TRUTH: free — thread `both` holds a and b around x++ (line 14); thread `either` takes a or b (nondeterministically) around x++ (line 25): every pair of accesses shares one held mutex. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

static pthread_mutex_t a = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t b = PTHREAD_MUTEX_INITIALIZER;
static int x;

static void *both(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&a);
    pthread_mutex_lock(&b);
    x++;
    pthread_mutex_unlock(&b);
    pthread_mutex_unlock(&a);
    return NULL;
}

static void *either(void *arg)
{
    (void)arg;
    pthread_mutex_t *m = __VERIFIER_nondet_int() ? &a : &b;
    pthread_mutex_lock(m);
    x++;
    pthread_mutex_unlock(m);
    return NULL;
}

int main(void)
{
    pthread_t t1, t2;
    pthread_create(&t1, NULL, both, NULL);
    pthread_create(&t2, NULL, either, NULL);
    pthread_join(t1, NULL);
    pthread_join(t2, NULL);
    return x != 2;
}
