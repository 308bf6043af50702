/* TRUTH: racy — main reads g through GET(p) = (*(p)) with p = &g after create, while writer writes g (g = 5), unordered */
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
    out = GET(p);
    pthread_join(th, 0);
    return out;
}
