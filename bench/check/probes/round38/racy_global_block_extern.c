/* TRUTH: racy — main sets mode = 3 through a block-scope extern declaration before create, so t's test mode == 3 holds and t writes data = 1 while main writes data = 2 */
#include <pthread.h>
int mode;
int data;
void *t(void *a)
{
    (void)a;
    if (mode == 3)
        data = 1;
    return 0;
}
static void configure(void)
{
    extern int mode;
    mode = 3;
}
int main(void)
{
    pthread_t th;
    configure();
    pthread_create(&th, 0, t, 0);
    data = 2;
    pthread_join(th, 0);
    return data;
}
