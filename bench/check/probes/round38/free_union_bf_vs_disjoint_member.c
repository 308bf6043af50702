/* TRUTH: free — u.s.b lives in the allocation unit after the :0 (bytes 4..7); u.x is byte 0: t's u.s.b = 1 and main's u.x = 2 touch disjoint memory locations */
#include <pthread.h>
union U { struct { unsigned a : 4; unsigned : 0; unsigned b : 4; } s; unsigned char x; } u;
void *t(void *a) { (void)a; u.s.b = 1; return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    u.x = 2;
    pthread_join(th, 0);
    return 0;
}
