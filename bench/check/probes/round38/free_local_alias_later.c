/* TRUTH: free — t writes g = 1 on its second pass; main writes g = 2 only after pthread_join */
#include <pthread.h>
int g;
void *t(void *a)
{
    (void)a;
    int n = 0;
    int *p = 0;
    for (int k = 0; k < 2; k++) {
        if (n)
            g = 1;
        if (!p)
            p = &n;
        *p = 1;
    }
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
