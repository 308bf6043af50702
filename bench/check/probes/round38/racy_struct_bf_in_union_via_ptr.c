/* TRUTH: racy — p points at u.s (struct bits); t writes p->b through the pointer and main writes u.s.a: adjacent bit-fields, one memory location */
#include <pthread.h>
struct bits { unsigned a : 3; unsigned b : 5; }; union U { struct bits s; int w; } u; struct bits *p = &u.s;
void *t(void *a) { (void)a; p->b = 1; return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    u.s.a = 1;
    pthread_join(th, 0);
    return 0;
}
