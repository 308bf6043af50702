/* TRUTH: free — a and b are bit-fields of two different inner structs (u.s.p.a, u.s.q.b), each its own memory location; t writes one, main the other */
#include <pthread.h>
union U { struct { struct { unsigned a : 1; } p; struct { unsigned b : 1; } q; } s; int w; } u;
void *t(void *a) { (void)a; u.s.p.a = 1; return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    u.s.q.b = 1;
    pthread_join(th, 0);
    return 0;
}
