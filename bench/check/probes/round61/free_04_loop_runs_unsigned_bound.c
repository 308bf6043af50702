/* TRUTH: free — i < sizeof(int) compares (size_t)-1 < 4: false, so t1's loop never runs and only t2 writes g */
#include <pthread.h>
int g;
void *t1(void *arg) { for (int i = -1; i < sizeof(int); i++) g = 1; return 0; }
void *t2(void *arg) { g = 2; return 0; }
int main(void)
{
    pthread_t x, y;
    pthread_create(&x, 0, t1, 0);
    pthread_create(&y, 0, t2, 0);
    pthread_join(x, 0);
    pthread_join(y, 0);
    return 0;
}
