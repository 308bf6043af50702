/* TRUTH: free — main reads g through GET(p) only after pthread_join; writer's g = 5 is ordered before it */
#include <pthread.h>
#define GET(p) (*(p))
int g;
int out;
void *writer(void *a) { (void)a; g = 5; return 0; }
int main(void)
{
    pthread_t th;
    int *p = &g;
    pthread_create(&th, 0, writer, 0);
    pthread_join(th, 0);
    out = GET(p);
    return out;
}
