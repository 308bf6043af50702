/* TRUTH: free — note() returns and t writes g = 1, but main writes g only after pthread_join */
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
    pthread_join(th, 0);
    g = 2;
    return g;
}
