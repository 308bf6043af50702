/* TRUTH: racy — op holds bump_other at the call (set last), which writes b, not a; main writes b unlocked */
#include <pthread.h>
#include <stdio.h>
static int a, b;
static pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void bump_arg(int *p) { (*p)++; }
static void bump_other(int *p) { (void)p; b++; }
static void (*op)(int *) = bump_arg;
static void *worker(void *arg)
{
    (void)arg;
    pthread_mutex_lock(&m);
    op(&a);
    pthread_mutex_unlock(&m);
    return 0;
}
int main(void)
{
    op = bump_other;
    pthread_t t;
    pthread_create(&t, 0, worker, 0);
    b++;
    pthread_join(t, 0);
    printf("%d %d\n", a, b);
    return 0;
}
