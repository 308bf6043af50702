/* TRUTH: racy — main sets mode = ~mode (0 becomes -1) before create, so t's mode == -1 holds and t writes data = 1 while main writes data = 2 */
#include <pthread.h>
int mode;
int data;
void *t(void *a)
{
    (void)a;
    if (mode == -1)
        data = 1;
    return 0;
}
int main(void)
{
    pthread_t th;
    mode = ~mode;
    pthread_create(&th, 0, t, 0);
    data = 2;
    pthread_join(th, 0);
    return data;
}
