/* TRUTH: racy — threads started by the recursive spawn(k) do x++ (line 12) with no lock; with n >= 2 two of them run at once. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static pthread_t t[8];
static int x;

static void *w(void *arg)
{
    (void)arg;
    x++;
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
    return x + (int)sizeof m;
}
