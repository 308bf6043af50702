/* TRUTH: free — _Generic's controlling expression g is not evaluated (C11 6.5.1.1p3): main does not access g while writer writes g = 5 */
#include <pthread.h>
int g;
int n;
void *writer(void *a) { (void)a; g = 5; return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, writer, 0);
    n = _Generic(g, int: 1, default: 2);
    pthread_join(th, 0);
    return n + g;
}
