/* TRUTH: free — t reads g through sizeof(char[g]) (evaluated VLA size); main writes g = 2 only after pthread_join */
#include <pthread.h>
int g = 1;
unsigned long n;
void *t(void *a) { (void)a; n = sizeof(char[g]); return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    pthread_join(th, 0);
    g = 2;
    return (int)n;
}
