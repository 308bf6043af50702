/* TRUTH: free — work(0) bumps on to 1 and writes g = 1 in t; main writes g = 2 only after pthread_join */
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
    pthread_join(th, 0);
    g = 2;
    return g;
}
