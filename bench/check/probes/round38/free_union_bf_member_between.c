/* TRUTH: free — a non-bit-field member (char c) separates the runs: u.s.a and u.s.b are separate memory locations; t writes u.s.a, main writes u.s.b */
#include <pthread.h>
union U { struct { unsigned a : 4; char c; unsigned b : 4; } s; unsigned w[2]; } u;
void *t(void *a) { (void)a; u.s.a = 1; return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    u.s.b = 2;
    pthread_join(th, 0);
    return 0;
}
