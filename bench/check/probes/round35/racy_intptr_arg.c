/* TRUTH: racy — main's local x escapes as an integer: u = (uintptr_t)&x is passed as the thread argument; w writes `*(int *)p = 1` (x) while main writes `x = 2` after the create, before the join. */
#include <pthread.h>
#include <stdint.h>
void *w(void *p) { *(int *)p = 1; return 0; }
int main(void)
{
    pthread_t t;
    int x = 0;
    uintptr_t u = (uintptr_t)&x;
    pthread_create(&t, 0, w, (void *)u);
    x = 2;
    pthread_join(t, 0);
    return x;
}
