/* TRUTH: free — main sets mode = 4 (block-scope extern) before create; mode == 3 never holds, so t never writes data; main's data = 2 is unopposed */
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
    mode = 4;
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
