/* TRUTH: racy — main sets mode = 1 then mode *= 3 (3) before create, so t's mode == 3 holds and t writes data = 1 while main writes data = 2 */
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
int main(void)
{
    pthread_t th;
    mode = 1;
    mode *= 3;
    pthread_create(&th, 0, t, 0);
    data = 2;
    pthread_join(th, 0);
    return data;
}
