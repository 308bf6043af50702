/* TRUTH: free — t may write data = 1; main writes data = 2 only after pthread_join */
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
    pthread_join(th, 0);
    data = 2;
    return data;
}
