/* TRUTH: racy — t gets &u.s as its argument and writes p->b (u.s.b) while main writes u.s.b = 2 after create: same int, unordered */
#include <pthread.h>
struct S { int a; int b; };
union U { struct S s; long w; } u;
void *t(void *arg)
{
    struct S *p = arg;
    p->b = 1;
    return 0;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, &u.s);
    u.s.b = 2;
    pthread_join(th, 0);
    return u.s.b;
}
