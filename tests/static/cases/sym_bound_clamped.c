// A thread count read once and clamped before the loops: the create loop and the join loop
// run over the same [0, n), so main reads after every thread was joined. The twin changes n
// between the loops and reads what an unjoined thread may be writing.
#include <pthread.h>

extern int __VERIFIER_nondet_int(void);
static int res[8], more[8];

static void *w(void *v) { int *p = v; *p = 1; return NULL; }
static void *w2(void *v) { int *p = v; *p = 2; return NULL; } // RACE (possible): n shrinks before the join loop

int main(void)
{
    pthread_t t[8], u[8];
    int n = __VERIFIER_nondet_int();
    if (n < 0 || n > 8)
        n = 8;
    for (int i = 0; i < n; i++)
        pthread_create(&t[i], NULL, w, &res[i]);
    for (int i = 0; i < n; i++)
        pthread_join(t[i], NULL);
    int s = 0;
    for (int i = 0; i < 8; i++)
        s += res[i]; // NORACE: all joined
    int m = __VERIFIER_nondet_int();
    if (m < 1 || m > 8)
        m = 8;
    for (int i = 0; i < m; i++)
        pthread_create(&u[i], NULL, w2, &more[i]);
    m = m - 1;
    for (int i = 0; i < m; i++)
        pthread_join(u[i], NULL);
    for (int i = 0; i < 8; i++)
        s += more[i];
    return s;
}
