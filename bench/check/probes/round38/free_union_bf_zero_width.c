/* TRUTH: free — the zero-width bit-field (unsigned :0) ends the run: u.s.a and u.s.b are separate memory locations (C11 3.14), so t's u.s.a = 1 and main's u.s.b = 2 do not conflict */
#include <pthread.h>
union U { struct { unsigned a : 4; unsigned : 0; unsigned b : 4; } s; unsigned w[2]; } u;
void *t(void *a) { (void)a; u.s.a = 1; return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    u.s.b = 2;
    pthread_join(th, 0);
    return 0;
}
