/* TRUTH: racy — main reads g through GET(p) = (*(p)) (unsigned) after create while writer writes g = 5 */
#include <pthread.h>
#define GET(p) (*(p))
unsigned g;
unsigned out;
void *writer(void *a) { (void)a; g = 5; return 0; }
int main(void)
{
    pthread_t th;
    unsigned *p = &g;
    pthread_create(&th, 0, writer, 0);
    out = GET(p);
    pthread_join(th, 0);
    return (int)out;
}
