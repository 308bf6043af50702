/* TRUTH: racy — log_it() returns normally (its return type is merely named noreturn_status), so t goes on to g = 1 while main writes g = 2 */
#include <pthread.h>
typedef int noreturn_status;
int g;
static noreturn_status log_it(void) { return 0; }
void *t(void *a)
{
    (void)a;
    log_it();
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
