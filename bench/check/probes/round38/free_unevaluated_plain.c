/* TRUTH: free — sizeof g, _Generic(g, ...), __typeof__(g) and _Alignof(g) in main do not evaluate g: no access conflicts with writer's g = 5 */
#include <pthread.h>
int g;
unsigned long n;
void *writer(void *a) { (void)a; g = 5; return 0; }
int main(void)
{
    pthread_t th;
    pthread_create(&th, 0, writer, 0);
    __typeof__(g) tmp = 1;
    n = sizeof g + _Generic(g, int: 1, default: 2) + __alignof__(g) + (unsigned long)tmp;
    pthread_join(th, 0);
    return (int)n + g;
}
