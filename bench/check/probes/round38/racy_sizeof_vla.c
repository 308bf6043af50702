/* TRUTH: racy — sizeof(char[g]) has a variable length array type, so its size expression g is evaluated (C11 6.5.3.4p2): t reads g while main writes g = 2 after create */
#include <pthread.h>
int g = 1;
unsigned long n;
void *t(void *a) { (void)a; n = sizeof(char[g]); return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    g = 2;
    pthread_join(th, 0);
    return (int)n;
}
