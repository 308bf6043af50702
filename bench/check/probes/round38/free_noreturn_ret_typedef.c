/* TRUTH: free — log_it() returns and t writes g = 1; main writes g = 2 only after pthread_join */
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
    pthread_join(th, 0);
    g = 2;
    return g;
}
