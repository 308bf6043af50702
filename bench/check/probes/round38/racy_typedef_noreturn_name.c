/* TRUTH: racy — note() returns (its parameter type is merely named noreturn_hint), so t goes on to g = 1 while main writes g = 2, unordered */
#include <pthread.h>
typedef int noreturn_hint;
int g;
static void note(noreturn_hint h) { (void)h; }
void *t(void *a)
{
    (void)a;
    note(1);
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
