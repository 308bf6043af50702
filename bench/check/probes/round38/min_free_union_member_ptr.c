/* TRUTH: free — t writes u.s.a through p = &u.s; main writes u.s.a only after pthread_join */
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
    pthread_join(th, 0);
    u.s.a = 2;
    return u.s.a;
}
