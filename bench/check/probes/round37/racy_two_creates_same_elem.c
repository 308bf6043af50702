/* TRUTH: racy — each iteration starts two threads with the same &a[i] (line 21, line 22); both run *p = *p * 2 + 1 (line 10) on a[i] concurrently. */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

static int a[8], b[8];

static void *w(void *arg)
{
    int *p = arg;
    *p = *p * 2 + 1;
    return NULL;
}

int main(void)
{
    int n = __VERIFIER_nondet_int();
    if (n < 1 || n > 8)
        return 0;
    pthread_t t[8], u[8];
    for (int i = 0; i < n; i++) {
        pthread_create(&t[i], NULL, w, &a[i]);
        pthread_create(&u[i], NULL, w, &a[i]);
    }
    for (int i = 0; i < n; i++) {
        pthread_join(t[i], NULL);
        pthread_join(u[i], NULL);
    }
    return a[0] + b[0];
}
