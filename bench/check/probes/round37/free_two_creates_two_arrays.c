/* TRUTH: free — each iteration starts one thread on &a[i] and one on &b[i]; every thread's *p = *p * 2 + 1 (line 10) touches its own element; main reads after the joins. */
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
        pthread_create(&u[i], NULL, w, &b[i]);
    }
    for (int i = 0; i < n; i++) {
        pthread_join(t[i], NULL);
        pthread_join(u[i], NULL);
    }
    return a[0] + b[0];
}
