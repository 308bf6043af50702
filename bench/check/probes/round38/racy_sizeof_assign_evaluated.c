/* TRUTH: racy — t's n = (g = 1) really assigns g while main writes g = 2 after create, unordered */
#include <pthread.h>
int g;
unsigned long n;
void *t(void *a) { (void)a; n = (g = 1) + sizeof(g++); return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    g = 2;
    pthread_join(th, 0);
    return (int)n + g;
}
