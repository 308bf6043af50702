/* TRUTH: racy — main's local p = &g and &p is the thread argument; w writes **a (g) while main writes g = 1 after the create. */
#include <pthread.h>
int g;
void *w(void *a) { **(int **)a = 2; return 0; }
int main(void)
{
    pthread_t t;
    int *p = &g;
    pthread_create(&t, 0, w, &p);
    g = 1;
    pthread_join(t, 0);
    return g;
}
