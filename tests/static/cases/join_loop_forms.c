// Create and join loops written other ways cover the same handles: counting down
// (for (i = N - 1; i >= 0; i--)), to a != bound, by i += 1, down from n - 1 with n a
// one-value local. A countdown that stops at 1, or a != loop that starts past its bound,
// joins only some.
#include <pthread.h>

#define N 4

extern int __VERIFIER_nondet_int(void);

int a[N], b[N], c[16], d[N], e[N];

static void *fa(void *arg) { a[(long)arg] = 1; return NULL; } // NORACE: all joined (down)
static void *fb(void *arg) { b[(long)arg] = 1; return NULL; } // NORACE: all joined (!=, += 1)
static void *fc(void *arg) { c[(long)arg] = 1; return NULL; } // NORACE: all joined (n - 1 down to 0)
static void *fd(void *arg) { d[(long)arg] = 1; return NULL; } // RACE (possible): thread 0 not joined
static void *fe(void *arg) { e[(long)arg] = 1; return NULL; } // RACE (possible): nothing joined

int main(void)
{
    pthread_t ta[N], tb[N], tc[16], td[N], te[N];
    int i, s = 0;
    for (i = 0; i < N; i++)
        pthread_create(&ta[i], NULL, fa, (void *)(long)i);
    for (i = N - 1; i >= 0; i--)
        pthread_join(ta[i], NULL);
    for (i = 0; i != N; i += 1)
        pthread_create(&tb[i], NULL, fb, (void *)(long)i);
    for (i = 0; i != N; ++i)
        pthread_join(tb[i], NULL);
    int n = __VERIFIER_nondet_int();
    if (n < 1 || n > 16)
        return 0;
    for (int k = 0; k < n; k++)
        pthread_create(&tc[k], NULL, fc, (void *)(long)k);
    for (int k = n - 1; k >= 0; k--)
        pthread_join(tc[k], NULL);
    for (i = 0; i < N; i++)
        pthread_create(&td[i], NULL, fd, (void *)(long)i);
    for (i = N - 1; i > 0; i--)
        pthread_join(td[i], NULL);
    for (i = 0; i < N; i++)
        pthread_create(&te[i], NULL, fe, (void *)(long)i);
    for (i = N; i != 0; i++)
        pthread_join(te[i], NULL);
    for (i = 0; i < N; i++)
        s += a[i] + b[i] + d[i] + e[i]; // RACE (possible)
    for (i = 0; i < n; i++)
        s += c[i];
    return s;
}
