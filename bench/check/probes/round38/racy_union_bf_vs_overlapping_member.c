/* TRUTH: racy — u.w[1] overlaps the unit holding u.s.b (bytes 4..7): t's u.s.b = 1 and main's u.w[1] = 2 conflict */
#include <pthread.h>
union U { struct { unsigned a : 4; unsigned : 0; unsigned b : 4; } s; unsigned w[2]; } u;
void *t(void *a) { (void)a; u.s.b = 1; return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    u.w[1] = 2;
    pthread_join(th, 0);
    return 0;
}
