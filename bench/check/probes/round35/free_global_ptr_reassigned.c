/* TRUTH: free — gp is initialized to &y but main sets gp = &x before any create; t1 writes *gp (x), t2 writes y: distinct. gp is only read by threads. */
#include <pthread.h>
int x, y;
int *gp = &y;
void *t1(void *p) { *gp = 1; return 0; }
void *t2(void *p) { y = 2; return 0; }
int main(void)
{
    pthread_t a, b;
    gp = &x;
    pthread_create(&a, 0, t1, 0);
    pthread_create(&b, 0, t2, 0);
    pthread_join(a, 0);
    pthread_join(b, 0);
    return x + y;
}
