/* TRUTH: free — sizeof(g = 1) and sizeof(g++) do not evaluate their operands: t never accesses g, so main's g = 2 has no conflicting access */
#include <pthread.h>
int g;
unsigned long n;
void *t(void *a) { (void)a; n = sizeof(g = 1) + sizeof(g++); return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, t, 0);
    g = 2;
    pthread_join(th, 0);
    return (int)n + g;
}
