/* TRUTH: free — t writes g = 1 (n set by the nested function); main writes g = 2 only after pthread_join */
#include <pthread.h>
int g;
void *t(void *a)
{
    (void)a;
    int n = 0;
    void set(void) { n = 1; }
    set();
    if (n)
        g = 1;
    return 0;
}
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    pthread_join(th, 0);
    g = 2;
    return g;
}
