/* TRUTH: racy — work(0) bumps its parameter on to 1 (BUMP(on) = ((on)++)), so it writes g (g = 1) in thread t while main writes g (g = 2) */
#include <pthread.h>
#define INC(v) ((v)++)
#define BUMP(v) INC(v)
int g;
static void work(int on)
{
    BUMP(on);
    if (on)
        g = 1;
}
void *t(void *a)
{
    (void)a;
    work(0);
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
