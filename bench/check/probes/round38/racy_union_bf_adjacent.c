/* TRUTH: racy — u.s.a and u.s.b are adjacent bit-fields, one memory location: t's u.s.a = 1 and main's u.s.b = 2 race */
#include <pthread.h>
union U { struct { unsigned a : 4; unsigned b : 4; } s; unsigned w[2]; } u;
void *t(void *a) { (void)a; u.s.a = 1; return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    u.s.b = 2;
    pthread_join(th, 0);
    return 0;
}
