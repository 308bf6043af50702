/* TRUTH: racy — a and b are adjacent bit-fields of the same inner struct (u.s.p.a, u.s.p.b), one memory location: t and main both write it */
#include <pthread.h>
union U { struct { struct { unsigned a : 1; unsigned b : 1; } p; } s; int w; } u;
void *t(void *a) { (void)a; u.s.p.a = 1; return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    u.s.p.b = 1;
    pthread_join(th, 0);
    return 0;
}
