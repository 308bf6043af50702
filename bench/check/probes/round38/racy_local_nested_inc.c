/* TRUTH: racy — BUMP(n) expands to INC(n) = ((n)++), so n is 1 and t writes g (g = 1) while main writes g (g = 2) after create, unordered */
#include <pthread.h>
#define INC(v) ((v)++)
#define BUMP(v) INC(v)
int g;
void *t(void *a)
{
    (void)a;
    int n = 0;
    BUMP(n);
    if (n)
        g = 1;
    return 0;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    g = 2;
    pthread_join(th, 0);
    return g;
}
