/* TRUTH: free — t writes p->b (s.b); main writes the adjacent s.a only after pthread_join */
#include <pthread.h>
struct bits { unsigned a : 3; unsigned b : 5; }; struct bits s; struct bits *p = &s;
void *t(void *a) { (void)a; p->b = 1; return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    pthread_join(th, 0);
    s.a = 1;
    return 0;
}
