/* TRUTH: racy — after p++ thread i writes buf[i+1] (line 11), which thread i+1 writes as its own *p (line 9); with n >= 2 these are unordered. */
#include <pthread.h>
#include <stdlib.h>
extern int __VERIFIER_nondet_int(void);

static void *w(void *arg)
{
    int *p = arg;
    *p = 1;
    p++;
    *p += 2;
    return NULL;
}

int main(void)
{
    int n = __VERIFIER_nondet_int();
    if (n < 1 || n > 8)
        return 0;
    int *buf = malloc((n + 1) * sizeof *buf);
    if (!buf)
        return 0;
    pthread_t t[8];
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, w, buf + i);
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    free(buf);
    return 0;
}
