/* TRUTH: free — spawn(k) recursively starts k threads into t[0..k-1]; each does x++ (line 13) under m; main reads x (line 34) after joining t[0..n-1]. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_t t[8];
static int x;

static void *w(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    x++;
    pthread_mutex_unlock(&m);
    return NULL;
}

static void spawn(int k)
{
    if (k <= 0)
        return;
    pthread_create(&t[k - 1], NULL, w, NULL);
    spawn(k - 1);
}

int main(void)
{
    int n = __VERIFIER_nondet_int();
    if (n < 1 || n > 8)
        return 0;
    spawn(n);
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    return x;
}
