/* TRUTH: racy — trace() returns (annotate("noreturn") is only a string for tools, not the noreturn attribute), so t writes g = 1 while main writes g = 2 */
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
    g = 2;
    pthread_join(th, 0);
    return g;
}
