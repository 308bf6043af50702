/* TRUTH: racy — the global g's address is handed as (void *)u with u = (uintptr_t)&g; w writes *(int *)a (g) while main writes g = 1 after the create. */
#include <pthread.h>
#include <stdint.h>
int g;
void *w(void *a) { *(int *)a = 2; return 0; }
int main(void)
{
    pthread_t t;
    uintptr_t u = (uintptr_t)&g;
    pthread_create(&t, 0, w, (void *)u);
    g = 1;
    pthread_join(t, 0);
    return g;
}
