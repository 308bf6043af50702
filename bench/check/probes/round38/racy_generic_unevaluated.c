/* TRUTH: racy — the selected association of _Generic(g, int: g, ...) is evaluated: main reads g while writer writes g = 5 */
#include <pthread.h>
int g;
int n;
void *writer(void *a) { (void)a; g = 5; return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, writer, 0);
    n = _Generic(g, int: g, default: 2);
    pthread_join(th, 0);
    return n + g;
}
