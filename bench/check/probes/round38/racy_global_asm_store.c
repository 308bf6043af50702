/* TRUTH: racy — main's asm statement stores 3 into mode (output operand tied to input 3) before create, so t writes data = 1 while main writes data = 2 */
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
    __asm__ volatile("" : "=r"(mode) : "0"(3));
    pthread_create(&th, 0, t, 0);
    data = 2;
    pthread_join(th, 0);
    return data;
}
