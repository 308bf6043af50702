/* TRUTH: free — trace() returns and t writes g = 1, but main writes g = 2 only after pthread_join */
#include <pthread.h>
int g;
__attribute__((annotate("noreturn"))) static void trace(void) { }
void *t(void *a)
{
    (void)a;
    trace();
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
