/* TRUTH: racy — p = &u.s points into the union; t writes p->a (u.s.a) while main writes u.s.a = 2 after create: same int, unordered */
#include <pthread.h>
struct S { int a; int b; };
union U { struct S s; int w; } u;
void *t(void *x)
{
    (void)x;
    struct S *p = &u.s;
    p->a = 1;
    return 0;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    u.s.a = 2;
    pthread_join(th, 0);
    return u.s.a;
}
