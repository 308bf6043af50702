/* TRUTH: racy — the GNU nested function set() assigns t's local n = 1, so t writes g = 1 while main writes g = 2 */
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
    g = 2;
    pthread_join(th, 0);
    return g;
}
